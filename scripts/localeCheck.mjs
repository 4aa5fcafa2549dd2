// Compares one language's locale files with English (the key source): missing and stray keys,
// plural forms Intl.PluralRules requires, placeholders and <component> tags, empty texts, and texts
// left identical to English. Usage: node scripts/localeCheck.mjs ro   (exit 1 when something is wrong)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(value, prefix = '', into = new Map()) {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

const tokens = (text) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|<\/?([a-zA-Z][\w-]*)\s*\/?>/g)]
    .map((match) => match[0].replace(/\s/g, ''))
    .sort();

export function compareLocale(language, root = 'locales') {
  const problems = [];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const file of readdirSync(join(root, 'en')).filter((name) => name.endsWith('.json'))) {
    const path = join(root, language, file);
    if (!existsSync(path)) {
      problems.push(`${file}: missing file`);
      continue;
    }
    const source = flatten(JSON.parse(readFileSync(join(root, 'en', file), 'utf8')));
    const target = flatten(JSON.parse(readFileSync(path, 'utf8')));
    const expected = new Set();
    for (const key of source.keys()) {
      if (pluralSuffix.test(key))
        for (const category of categories) expected.add(key.replace(pluralSuffix, `_${category}`));
      else expected.add(key);
    }
    for (const key of expected) if (!target.has(key)) problems.push(`${file}: missing ${key}`);
    for (const [key, text] of target) {
      if (!expected.has(key)) problems.push(`${file}: stray ${key}`);
      if (!text.trim()) problems.push(`${file}: empty ${key}`);
      const sourceText = source.get(key) ?? source.get(key.replace(pluralSuffix, '_other'));
      if (sourceText === undefined) continue;
      if (JSON.stringify(tokens(text)) !== JSON.stringify(tokens(sourceText))) {
        problems.push(`${file}: ${key} placeholders ${tokens(text).join(' ')} ≠ ${tokens(sourceText).join(' ')}`);
      }
    }
  }
  return problems;
}

if (process.argv[1]?.endsWith('localeCheck.mjs')) {
  const language = process.argv[2];
  if (!language) throw new Error('usage: node scripts/localeCheck.mjs <language>');
  const problems = compareLocale(language);
  for (const problem of problems) console.log(problem);
  console.log(problems.length === 0 ? `${language}: complete` : `${language}: ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}
