/** Reads locales/<lang>/<namespace>.json as flat key → text maps, for the tooling checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const localesRoot = join(process.cwd(), 'locales');

export type FlatLocale = Map<string, string>;

export function flatten(value: unknown, prefix = '', into: FlatLocale = new Map()): FlatLocale {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else {
    throw new Error(`${prefix}: locale values must be strings or objects, found ${JSON.stringify(value)}`);
  }
  return into;
}

export function localeLanguages(): string[] {
  return readdirSync(localesRoot).sort();
}

export function localeNamespaces(language: string): string[] {
  return readdirSync(join(localesRoot, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

export function readLocale(language: string, namespace: string): FlatLocale {
  return flatten(JSON.parse(readFileSync(join(localesRoot, language, `${namespace}.json`), 'utf8')));
}

/** Every text of a language, keyed `namespace:dotted.key`. */
export function readAllTexts(language: string): FlatLocale {
  const all: FlatLocale = new Map();
  for (const namespace of localeNamespaces(language)) {
    for (const [key, value] of readLocale(language, namespace)) all.set(`${namespace}:${key}`, value);
  }
  return all;
}
