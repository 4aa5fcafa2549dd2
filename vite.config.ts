import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contactsOverridePlugin } from './scripts/contactsOverridePlugin.ts';
import { firstScriptPlugin } from './scripts/firstScriptPlugin.ts';
import { localeManifestPlugin, localePart } from './scripts/localeManifestPlugin.ts';
import { prerenderedFolders, prerenderPlugin } from './scripts/prerenderPlugin.ts';
import { readOrgConfig } from './scripts/orgConfig.ts';
import { readSecurityHeaders } from './scripts/securityHeaders.ts';

// An organisation's own build from one file (VERDER_CONFIG=org.json): checked before anything is built.
const org = process.env.VERDER_CONFIG ? readOrgConfig(process.env.VERDER_CONFIG) : undefined;

// Quick exit target, fixed at build time. An https address only: anything else could leak or fail.
const exitUrl = org?.quickExitSite ?? process.env.VITE_EXIT_URL ?? 'https://www.buienradar.nl';
if (!/^https:\/\/[^/\s]+/.test(exitUrl)) throw new Error(`VITE_EXIT_URL must be an https address, got "${exitUrl}"`);

const securityHeaders = readSecurityHeaders();
// The same policy as a <meta> tag for hosts that drop headers; frame-ancestors is ignored there.
const metaCsp = (securityHeaders['Content-Security-Policy'] ?? '')
  .split(';')
  .map((directive) => directive.trim())
  .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'))
  .join('; ');

/**
 * Always in the first-visit precache: Dutch, the country's language and the app's default, and an
 * organisation's own default. English is kept like every other language, the moment someone chooses it
 * (src/pwa/languagePacks.ts): precaching it for everyone cost each first visit about 45 KiB that a
 * Bulgarian or Thai reader on a cheap phone never uses, and kept the budget from holding new guides.
 */
const alwaysOfflineLanguages = [...new Set(['nl', ...(org?.defaultLanguage ? [org.defaultLanguage] : [])])];

const define = {
  'import.meta.env.VITE_EXIT_URL': JSON.stringify(exitUrl),
  // An organisation's build (empty in Verder's own): read by src/lib/buildConfig.ts.
  'import.meta.env.VITE_ORG_NAME': JSON.stringify(org?.organisation.name ?? ''),
  'import.meta.env.VITE_DEFAULT_LANGUAGE': JSON.stringify(org?.defaultLanguage ?? ''),
  'import.meta.env.VITE_FIRST_REGION': JSON.stringify(org?.firstRegion ?? ''),
  'import.meta.env.VITE_APP_ADDRESS': JSON.stringify(org?.appAddress ?? ''),
  'import.meta.env.VITE_ORG_CARD': JSON.stringify(org?.card ? JSON.stringify(org.card) : ''),
  ...(org?.corrections ? { 'import.meta.env.VITE_CONTACTS_CORRECTIONS': JSON.stringify(org.corrections) } : {}),
};

export default defineConfig({
  define,
  build: {
    // Never inline assets as data: URLs — the CSP allows images from 'self' only.
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // A few chunks per language (see localePart): each stays small on a slow connection, and a
          // language is loaded and kept offline as its set of chunks.
          groups: [
            {
              name: (id: string) => {
                const match = /[\\/]locales[\\/]([a-z-]+)[\\/]([a-z]+)\.json/i.exec(id);
                return match?.[1] && match[2] ? `locale-${match[1]}-${localePart(match[2])}` : null;
              },
              test: /[\\/]locales[\\/]/,
            },
            {
              // Everything the first screen needs (the entry and what it imports statically) in one
              // chunk: split by how the screens loaded on demand share it, it was some twenty small
              // files, each one more request and each compressed on its own (about 3 KiB more gzip).
              name: 'app',
              tags: ['$initial'],
            },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: securityHeaders,
  },
  server: {
    host: '127.0.0.1',
    headers: securityHeaders,
  },
  plugins: [
    contactsOverridePlugin(org?.contactsPath ?? process.env.VERDER_CONTACTS),
    react(),
    {
      // Verder needs an origin of its own (docs/deploy.md): start_url, scope and the service
      // worker's fallback assume "/", and a shared origin could read what Verder keeps.
      name: 'verder-own-origin',
      configResolved(config) {
        if (config.base !== '/')
          throw new Error(`Verder must be served from the root of its own origin; base is "${config.base}"`);
      },
    },
    {
      name: 'verder-meta-csp',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaCsp }, injectTo: 'head-prepend' },
      ],
    },
    firstScriptPlugin(exitUrl),
    localeManifestPlugin(),
    prerenderPlugin({
      define,
      plugins: () => [contactsOverridePlugin(org?.contactsPath ?? process.env.VERDER_CONTACTS), react()],
      defaultLanguage: org?.defaultLanguage ?? 'nl',
    }),
    VitePWA({
      // We register with workbox-window ourselves (src/pwa); an inline script would break the CSP.
      injectRegister: null,
      registerType: 'prompt',
      manifestFilename: 'manifest.webmanifest',
      // The icons are in the precache already through globPatterns; listing them twice cost 8 KB.
      includeManifestIcons: false,
      manifest: {
        // Neutral on a home screen and in the app switcher: no word about the app's subject.
        name: 'Verder',
        short_name: 'Verder',
        description: 'Verder',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#1d5c63',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // An own service worker (src/sw.ts) instead of a generated one: only an own one can serve a
      // returning visitor the start screen prerendered in their language, read from the language setting.
      // (A generated one serves one index.html to everyone; the app would then draw a returning Arabic
      // visitor's screen afresh over the Dutch language choice: a flash, and no first paint without JS.)
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        globIgnores: [
          // Dutch comes with the first visit; other languages are cached when chosen (src/pwa/languagePacks.ts).
          `**/assets/locale-!(${alwaysOfflineLanguages.join('|')})-*.js`,
          // Twenty prerendered pages would break the first-visit budget: the worker keeps the one needed.
          ...prerenderedFolders.map((folder) => `${folder}/**`),
        ],
      },
    }),
  ],
});
