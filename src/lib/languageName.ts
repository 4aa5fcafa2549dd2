/**
 * A language's name in the reader's language, from the browser (no list to translate). Where the
 * browser has no name for it (Chromium has none for Kirundi, 'rn'), the language's own name, never
 * the bare code.
 */
const ownNames: Readonly<Record<string, string>> = {
  rn: 'Ikirundi',
};

export function languageNamer(readerLanguage: string): (code: string) => string {
  const names = new Intl.DisplayNames([readerLanguage], { type: 'language' });
  return (code) => {
    const name = names.of(code);
    return name && name !== code ? name : (ownNames[code] ?? name ?? code);
  };
}
