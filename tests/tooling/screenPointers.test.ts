// @vitest-environment node
/**
 * A text that sends the reader to another screen ("See Find help") must use that screen's current
 * label in the same language. A pointer to a screen that was renamed (the old "Contacts") sends a
 * person in crisis to the wrong place, or to their own list of contacts in the plan.
 */
import { describe, expect, it } from 'vitest';
import { localeLanguages, readAllTexts, readLocale } from './localeFiles';

/** Per language: phrases that point to a screen, with the screen's name in the first group. */
const pointerPatterns: Record<string, RegExp[]> = {
  en: [/\b(?:[Ss]ee|[Ll]ook under|[Gg]o to) (?:“([^”]+)”|([A-Z][\p{L}’' ?]*?)(?=[.,;:)]|$| for | to ))/gu],
  nl: [
    /\b(?:[Kk]ijk (?:onder|bij)|[Zz]ie|[Gg]a naar) (?:[‘“]([^’”]+)[’”]|([A-Z][\p{L}’' ?]*?)(?=[.,;:)]|$| voor | om ))/gu,
  ],
  es: [/(?:[Mm]ira en|[Vv]e a) (?:“([^”]+)”|([A-Z][\p{L} ?¿]*?)(?=[.,;:)]|$| una | para ))/gu],
  'pt-BR': [/(?:[Vv]eja em|[Vv]á para) (?:“([^”]+)”|([A-Z][\p{L} ?]*?)(?=[.,;:)]|$| uma | para ))/gu],
  ro: [/(?:[Vv]ezi|[Cc]aută la)\s+(?:„([^”]+)”|([A-Z]\p{L}+))/gu],
  bg: [/(?:[Вв]иж)(?: в)?\s+(?:„([^“]+)“|([А-Я]\p{L}+))/gu],
  pl: [/(?:[Zz]obacz|[Zz]ajrzyj do)(?: części)?\s+(?:„([^”]+)”|([A-Z]\p{L}+))/gu],
  hu: [/\ba „([^”]+)” rész/gu],
  th: [/ดูในหน้า\s*(?:“([^”]+)”|([^\s“]+))/gu],
  // In Arabic a screen's name is quoted «…» after "in", "to", "from", "for", "questions of" or "page";
  // "worked in «a fraud-sensitive sector»" quotes what an office said, not a screen.
  ar: [/(?<!(?:عملوا|عملتم) )(?<=^|[\s(])(?:في|إلى|من|لـ|أسئلة|صفحة)\s+«([^»]+)»/gu],
};

/** The names of screens, phases and plan sections a text may point to, as the reader sees them. */
function currentLabels(language: string): Set<string> {
  const common = readLocale(language, 'common');
  const plan = readLocale(language, 'plan');
  const phases = [...readLocale(language, 'phases').entries()].filter(([key]) => /^\w+\.title$/.test(key));
  const incidents = readLocale(language, 'incidents').get('title');
  const labels = [...common.entries()].filter(([key]) => key.startsWith('nav.')).map(([, text]) => text);
  const sections = [...plan.entries()].filter(([key]) => /^sections\.\w+\.title$/.test(key)).map(([, text]) => text);
  return new Set([...labels, ...sections, ...phases.map(([, text]) => text), ...(incidents ? [incidents] : [])]);
}

function pointers(language: string, text: string): string[] {
  return (pointerPatterns[language] ?? []).flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => (match[1] ?? match[2] ?? '').trim()),
  );
}

describe.each(localeLanguages())('screen names in %s texts', (language) => {
  it('point only to screens by their current label', () => {
    const labels = currentLabels(language);
    const wrong: string[] = [];
    let found = 0;
    for (const [key, text] of readAllTexts(language)) {
      for (const target of pointers(language, text)) {
        found += 1;
        if (!labels.has(target)) wrong.push(`${key}: "${target}"`);
      }
    }
    expect(wrong).toEqual([]);
    // The crisis-line and safe-place texts point to Find help in every language: the check must see them.
    expect(found, 'pointers recognised').toBeGreaterThanOrEqual(2);
  });
});

describe('the screen-name check itself', () => {
  it('knows how every language points to a screen', () => {
    expect(Object.keys(pointerPatterns).sort()).toEqual(localeLanguages());
  });

  it('finds the pointer to the old Contacts screen, and accepts Find help', () => {
    expect(pointers('en', 'There are lines to call. See Contacts.')).toEqual(['Contacts']);
    expect(pointers('en', 'There are lines to call. See Find help.')).toEqual(['Find help']);
    expect(pointers('th', 'มีสายด่วน ดูในหน้าที่ติดต่อ')).toEqual(['ที่ติดต่อ']);
    expect(pointers('ar', 'التفاصيل في «جهات الاتصال».')).toEqual(['جهات الاتصال']);
    expect(pointers('ar', 'يمكنك البحث في «جهات الاتصال».')).toEqual(['جهات الاتصال']);
    expect(pointers('ar', 'قيل لهم إنهم عملوا في «قطاع معرّض للاحتيال».')).toEqual([]);
    expect(pointers('ro', 'Vezi Contacte.')).toEqual(['Contacte']);
    expect(pointers('pt-BR', 'Veja em “Contatos”.')).toEqual(['Contatos']);
    expect(currentLabels('en').has('Find help')).toBe(true);
    expect(currentLabels('en').has('Contacts')).toBe(false);
  });
});
