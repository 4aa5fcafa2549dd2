/**
 * Prerenders the first screen at build time (issue 14: the first paint needs no JavaScript). After the
 * app is written, the same components are built once more for Node (src/prerender/firstScreen.tsx) and
 * rendered in a Node process of their own (scripts/prerenderPages.mjs), which writes:
 *   index.html             the language choice in the default language (a first visit, no service worker)
 *   language/<code>.html   the language choice in each language (a new visitor whose browser speaks it)
 *   start/<code>.html      the start screen in each language (a returning visitor; src/sw.ts serves it)
 * None of them holds anything personal: they are made here, on the build machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';

export const prerenderedFolders = ['start', 'language'] as const;

export function prerenderPlugin(options: {
  define: Record<string, string>;
  plugins: () => PluginOption[];
  defaultLanguage: string;
}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'verder-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // writeBundle, not closeBundle: every page must be in place before the service worker's precache
    // list is made (vite-plugin-pwa works in closeBundle).
    async writeBundle() {
      if (config.build.ssr) return;
      const serverDir = mkdtempSync(join(tmpdir(), 'verder-prerender-'));
      try {
        await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          define: options.define,
          plugins: options.plugins(),
          ssr: { noExternal: true },
          build: {
            ssr: 'src/prerender/firstScreen.tsx',
            outDir: serverDir,
            emptyOutDir: true,
            target: 'node20',
            sourcemap: false,
            rolldownOptions: { output: { entryFileNames: 'firstScreen.mjs' } },
          },
        });
        // Its own process: loading the app's modules in Vite's process would mix the two module worlds.
        execFileSync(
          process.execPath,
          [
            resolve(config.root, 'scripts/prerenderPages.mjs'),
            join(serverDir, 'firstScreen.mjs'),
            resolve(config.root, config.build.outDir),
            options.defaultLanguage,
          ],
          { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
        );
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}
