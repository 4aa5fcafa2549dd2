// Renders the first screens into the built index.html (see scripts/prerenderPlugin.ts).
// Usage: node scripts/prerenderPages.mjs <server bundle> <dist folder> <default language>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, dist, defaultLanguage] = process.argv.slice(2);
if (!bundle || !dist || !defaultLanguage) throw new Error('usage: prerenderPages.mjs <bundle> <dist> <language>');

const { renderFirstScreen, languageCodes } = await import(pathToFileURL(bundle).href);
const built = readFileSync(join(dist, 'index.html'), 'utf8');

// The app's JavaScript starts loading after the first paint (src/firstScript/quick-exit.js adds it),
// so on a slow connection it does not compete with the HTML and CSS the first screen needs.
const moduleTag = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const preloadTag = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const firstScriptTag = '<script src="/quick-exit.js"></script>';
const main = moduleTag.exec(built)?.[1];
if (!main || !built.includes(firstScriptTag)) throw new Error('index.html has no module script or first script');
const preloads = [...built.matchAll(preloadTag)].map((match) => match[1]);
const template = built
  .replace(moduleTag, '')
  .replace(preloadTag, '')
  .replace(
    firstScriptTag,
    `<meta name="verder-app" content="${main}" data-preload="${preloads.join(' ')}" />\n    ${firstScriptTag}`,
  );
const htmlTag = /<html lang="[^"]*" dir="[^"]*">/;
const rootTag = '<div id="root"></div>';
if (!htmlTag.test(template) || !template.includes(rootTag))
  throw new Error('index.html has no <html lang dir> or #root');

/** The page for one language and screen; #root says which, so the app hydrates only what matches. */
export function page(language, screen, dir, body) {
  return template
    .replace(htmlTag, `<html lang="${language}" dir="${dir}">`)
    .replace(rootTag, `<div id="root" data-screen="${screen}" data-lang="${language}">${body}</div>`);
}

for (const folder of ['start', 'language']) mkdirSync(join(dist, folder), { recursive: true });
let defaultPage = '';
for (const language of languageCodes) {
  for (const screen of /** @type {const} */ (['language', 'home'])) {
    const { html, dir } = await renderFirstScreen(language, screen);
    const text = page(language, screen, dir, html);
    writeFileSync(join(dist, screen === 'home' ? 'start' : 'language', `${language}.html`), text);
    if (screen === 'language' && language === defaultLanguage) defaultPage = text;
  }
}
if (!defaultPage) throw new Error(`No language choice page for the default language ${defaultLanguage}`);
writeFileSync(join(dist, 'index.html'), defaultPage);
