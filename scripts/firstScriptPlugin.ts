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

/**
 * The stylesheet asked for before the first script: the parser stops at that script until it has run,
 * and the first screen needs the stylesheet to paint, so both load at once. crossorigin as on Vite's
 * own <link rel="stylesheet" crossorigin>, or the browser would fetch it twice. None in dev (no tag).
 */
function stylesheetPreload(html: string): string {
  const href = /<link rel="stylesheet" crossorigin href="([^"]+)">/.exec(html)?.[1];
  return href ? `<link rel="preload" as="style" crossorigin href="${href}" />\n    ` : '';
}

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
    // After Vite has written the stylesheet's tag ('post'), so its address is known.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const content = exitUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        // Early in <head>, before any stylesheet (a script waits for those) and after the CSP and the
        // charset: the stale-entry check runs before the first paint.
        const script = `<meta name="verder-exit" content="${content}" />\n    <script src="${firstScriptUrl}"></script>\n    `;
        if (!html.includes('<title>')) throw new Error('index.html has no <title>');
        return html.replace('<title>', `${stylesheetPreload(html)}${script}<title>`);
      },
    },
  };
}
