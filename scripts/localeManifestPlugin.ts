/**
 * Writes locale-manifest.json: which built chunk holds which language. The app reads it to cache a
 * language for offline use and to show whether a language is available offline — chunk names carry
 * content hashes, so they cannot be known before the build.
 */
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

export const localeManifestFile = 'locale-manifest.json';

export function localeManifestPlugin(): Plugin {
  return {
    name: 'verder-locale-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      // Longest code first, so "pt-BR" is never read as "pt" followed by a hash.
      const codes = readdirSync('locales').sort((a, b) => b.length - a.length);
      const manifest: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        const language = codes.find((code) => chunk.fileName.startsWith(`assets/locale-${code}-`));
        if (chunk.type === 'chunk' && language) manifest[language] = `/${chunk.fileName}`;
      }
      this.emitFile({ type: 'asset', fileName: localeManifestFile, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
