/**
 * Quick exit before the app's JavaScript (issue 14): src/firstScript/quick-exit.js, served as
 * /quick-exit.js and loaded first in <head> — an external file, because the CSP allows no inline
 * script. It reads the exit address from <meta name="verder-exit">, written here from the same value
 * the app is built with (VITE_EXIT_URL). Minified in the build: it is part of every first visit.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifySync } from 'rolldown/experimental';
import type { Plugin } from 'vite';

export const firstScriptSource = 'src/firstScript/quick-exit.js';
export const firstScriptUrl = '/quick-exit.js';

export function firstScriptPlugin(exitUrl: string): Plugin {
  let root = process.cwd();
  const source = () => readFileSync(resolve(root, firstScriptSource), 'utf8');
  return {
    name: 'verder-first-script',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(firstScriptUrl, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(source());
      });
    },
    generateBundle() {
      const minified = minifySync('quick-exit.js', source());
      if (minified.errors.length > 0)
        throw new Error(`${firstScriptSource}: ${minified.errors[0]?.message ?? 'error'}`);
      this.emitFile({ type: 'asset', fileName: firstScriptUrl.slice(1), source: minified.code });
    },
    // Early in <head>, before any stylesheet (a script waits for those) and after the CSP and the
    // charset: the stale-entry check runs before the first paint.
    transformIndexHtml(html) {
      const content = exitUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const tags = `<meta name="verder-exit" content="${content}" />\n    <script src="${firstScriptUrl}"></script>\n    `;
      if (!html.includes('<title>')) throw new Error('index.html has no <title>');
      return html.replace('<title>', `${tags}<title>`);
    },
  };
}
