/**
 * One lazy loader per locale file. Only the current language is fetched at start; the build keeps
 * each language in its own chunk so adding languages does not grow the initial download.
 */
import type { LanguageCode } from './languages';
import { namespaces } from './namespaces';

type LocaleFile = Record<string, unknown>;

const loaders = import.meta.glob<LocaleFile>('../../locales/*/*.json', { import: 'default' });

/** Namespaces by name; at least every one in `namespaces`, checked on load. */
export type LanguagePack = Record<string, LocaleFile>;

export class MissingLocaleError extends Error {
  constructor(readonly path: string) {
    super(`No locale file at ${path}`);
    this.name = 'MissingLocaleError';
  }
}

/** Every namespace of one language; the build puts them in one chunk, so this is one request. */
export async function loadLanguagePack(code: LanguageCode): Promise<LanguagePack> {
  const prefix = `../../locales/${code}/`;
  const entries = await Promise.all(
    Object.entries(loaders)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await load()] as const),
  );
  const pack: Record<string, LocaleFile> = Object.fromEntries(entries);
  for (const namespace of namespaces) {
    if (!pack[namespace]) throw new MissingLocaleError(`${prefix}${namespace}.json`);
  }
  return pack;
}
