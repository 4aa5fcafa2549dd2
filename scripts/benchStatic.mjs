// The static copies `npm run bench` measures the app against: the built first screens themselves
// (prerendered at build time, scripts/prerenderPages.mjs) with every script taken out — the fastest
// the same HTML and CSS could be. One for a new visitor (index.html: the language choice in Dutch) and
// one for a returning visitor (start/nl.html: the start screen the service worker serves after Dutch
// was chosen), each served as index.html of a folder of its own.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What only the app needs: its scripts, the script list for the first script, the manifest. */
const appOnly = [
  /\s*<script\b[^>]*><\/script>/g,
  /\s*<meta name="verder-(?:app|exit)"[^>]*>/g,
  /\s*<link rel="(?:modulepreload|manifest)"[^>]*>/g,
];

export function staticCopy(html) {
  const stripped = appOnly.reduce((text, pattern) => text.replace(pattern, ''), html);
  if (/<script\b/.test(stripped)) throw new Error('static copy still holds a script');
  return stripped;
}

/** Writes bench/static-new and bench/static-returning from dist/; returns their folders. */
export function makeStaticCopies(dist = 'dist', benchDir = 'bench') {
  const pages = { new: 'index.html', returning: 'start/nl.html' };
  const folders = {};
  for (const [visitor, page] of Object.entries(pages)) {
    const outDir = join(benchDir, `static-${visitor}`);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    cpSync(join(dist, 'assets'), join(outDir, 'assets'), {
      recursive: true,
      filter: (path) => !path.endsWith('.js'),
    });
    cpSync(join(dist, 'favicon.svg'), join(outDir, 'favicon.svg'));
    cpSync(join(dist, 'icons'), join(outDir, 'icons'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), staticCopy(readFileSync(join(dist, page), 'utf8')));
    folders[visitor] = outDir;
  }
  return folders;
}
