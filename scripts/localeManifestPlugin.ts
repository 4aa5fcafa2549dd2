/**
 * Writes locale-manifest.json: which built chunks hold which language. The app reads it to cache a
 * language for offline use and to show whether a language is available offline — chunk names carry
 * content hashes, so they cannot be known before the build.
 */
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

export const localeManifestFile = 'locale-manifest.json';

/**
 * Which chunk of its language a namespace goes in: the long explanations per phase and part of life,
 * the guides, and everything else. Three chunks keep each within the per-pack byte budget as content
 * grows (the guides had taken the "everything else" chunk to 36.8 of 40 KiB in Bulgarian), while
 * compressing nearly as well as one; they are fetched in parallel, so a language still arrives at once.
 */
export function localePart(namespace: string): 'explore' | 'guides' | 'app' {
  if (namespace === 'explore' || namespace === 'guides') return namespace;
  return 'app';
}

export function localeManifestPlugin(): Plugin {
  return {
    name: 'verder-locale-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      // Longest code first, so "pt-BR" is never read as "pt" followed by a hash.
      const codes = readdirSync('locales').sort((a, b) => b.length - a.length);
      const manifest: Record<string, string[]> = {};
      for (const chunk of Object.values(bundle)) {
        const language = codes.find((code) => chunk.fileName.startsWith(`assets/locale-${code}-`));
        if (chunk.type === 'chunk' && language) (manifest[language] ??= []).push(`/${chunk.fileName}`);
      }
      for (const urls of Object.values(manifest)) urls.sort();
      this.emitFile({ type: 'asset', fileName: localeManifestFile, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
