import { describe, expect, it } from 'vitest';
import { guideSchema, sourcesSchema } from '../../../src/domain/content';
import { controlUrgentContactIds, findGuide, guideIds, guides, toKeySegment } from '../../../src/content/guides/guides';
import {
  countWords,
  flattenTexts,
  placeholdersOf,
  readLocale,
  sentenceStats,
  sentencesOf,
  splitTextKey,
  type FlatTexts,
} from './localeText';

const languages = ['en', 'nl'] as const;
const namespaces = ['guides', 'about'] as const;

const texts: Record<(typeof languages)[number], Record<(typeof namespaces)[number], FlatTexts>> = {
  en: { guides: flattenTexts(readLocale('en', 'guides')), about: flattenTexts(readLocale('en', 'about')) },
  nl: { guides: flattenTexts(readLocale('nl', 'guides')), about: flattenTexts(readLocale('nl', 'about')) },
};

const reportTitle = 'Stoppen met sekswerk — Aansluiting tussen behoeften en ondersteuning';

function textKeysOf(guide: (typeof guides)[number]): string[] {
  return [
    guide.titleKey,
    guide.summaryKey,
    ...guide.sections.flatMap((section) => [section.headingKey, ...section.items.map((item) => item.textKey)]),
  ];
}

function textFor(language: (typeof languages)[number], textKey: string): string | undefined {
  const { namespace, path } = splitTextKey(textKey);
  if (namespace !== 'guides') return undefined;
  return texts[language].guides.get(path);
}

describe('the plain-language measure used below', () => {
  it('counts two sentences in two short statements', () => {
    expect(sentencesOf('You can go. It is free.')).toEqual(['You can go.', 'It is free.']);
  });
  it('does not end a sentence at an initial', () => {
    expect(sentencesOf('Y. Bleeker and G. van den Braak wrote it.')).toHaveLength(1);
  });
  it('ends a sentence after a closing quote', () => {
    expect(sentencesOf('You can say: "Not now." Then stop.')).toHaveLength(2);
  });
  it('counts words, not punctuation', () => {
    expect(countWords('In acute danger, call 112 — now.')).toBe(6);
  });
});

describe('guide data', () => {
  it('parses every guide with the guide schema', () => {
    for (const guide of guides) {
      expect(() => guideSchema.parse(guide), guide.id).not.toThrow();
    }
  });

  it('has exactly the sixteen guides, each id once', () => {
    const ids = guides.map((guide) => guide.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [
        'social-assistance',
        'cv-gap',
        'debts-first-steps',
        'finding-housing',
        'sti-check',
        'someone-else-in-control',
        'someone-threatens-to-tell',
        'pull-back',
        'talents',
        'stigma',
        'working-safer',
        'for-you-if',
        'under-18',
        'is-this-me',
        'career-switch',
        'ask-for',
      ].sort(),
    );
    expect([...ids].sort()).toEqual([...guideIds].sort());
  });

  it('gives every section and every item an id no other guide uses', () => {
    const sectionIds = guides.flatMap((guide) => guide.sections.map((section) => section.id));
    const itemIds = guides.flatMap((guide) =>
      guide.sections.flatMap((section) => section.items.map((item) => item.id)),
    );
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    expect(new Set(itemIds).size).toBe(itemIds.length);
  });

  it('keeps every guide to 2–6 sections of 2–6 short items', () => {
    for (const guide of guides) {
      expect(guide.sections.length, guide.id).toBeGreaterThanOrEqual(2);
      expect(guide.sections.length, guide.id).toBeLessThanOrEqual(6); // six: social assistance also needs residence status and age
      for (const section of guide.sections) {
        expect(section.items.length, section.id).toBeGreaterThanOrEqual(2);
        expect(section.items.length, section.id).toBeLessThanOrEqual(6);
      }
    }
  });

  it('names a report section or a dated public page as the source of every item', () => {
    for (const guide of guides) {
      for (const item of guide.sections.flatMap((section) => section.items)) {
        expect(sourcesSchema.safeParse(item.sources).success, item.id).toBe(true);
      }
    }
  });

  it('finds a guide by id and nothing for an unknown id', () => {
    expect(findGuide('cv-gap')?.id).toBe('cv-gap');
    expect(findGuide('exit-programme')).toBeUndefined();
  });

  it('derives camelCase key segments from kebab-case ids', () => {
    expect(toKeySegment('someone-else-in-control')).toBe('someoneElseInControl');
    expect(toKeySegment('talents')).toBe('talents');
  });
});

describe('guide texts', () => {
  it.each(languages)('has a non-empty %s text for every key a guide uses', (language) => {
    for (const guide of guides) {
      for (const textKey of textKeysOf(guide)) {
        expect(textFor(language, textKey)?.trim(), textKey).toBeTruthy();
      }
    }
  });

  it('has no text under a guide that no guide uses', () => {
    const used = new Set(guides.flatMap(textKeysOf).map((textKey) => splitTextKey(textKey).path));
    const guideTexts = [...texts.en.guides.keys()].filter((path) => !path.startsWith('labels.'));
    expect(guideTexts.filter((path) => !used.has(path))).toEqual([]);
  });
});

describe.each(namespaces)('the %s locale files', (namespace) => {
  it('have the same keys in English and Dutch', () => {
    expect([...texts.nl[namespace].keys()].sort()).toEqual([...texts.en[namespace].keys()].sort());
  });

  it('use the same placeholders in English and Dutch', () => {
    for (const [key, english] of texts.en[namespace]) {
      expect(placeholdersOf(texts.nl[namespace].get(key) ?? ''), key).toEqual(placeholdersOf(english));
    }
  });

  it.each(languages)('have no empty value in %s', (language) => {
    for (const [key, text] of texts[language][namespace]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(languages)('avoid words that judge or label the reader in %s', (language) => {
    const forbidden =
      /\b(victims?|slachtoffers?\w*|prostitu\w*|uitstap\w*|exit[- ]?program\w*|hoer\w*|whore\w*|rescue\w*|redden|gered)\b/i;
    for (const [key, text] of texts[language][namespace]) {
      expect(text, key).not.toMatch(forbidden);
    }
  });

  it('address the Dutch reader as "je", never "u"', () => {
    for (const [key, text] of texts.nl[namespace]) {
      expect(text, key).not.toMatch(/\b(u|uw)\b/);
    }
  });
});

describe('plain language', () => {
  it.each(languages)('keeps sentences in %s to 15 words on average', (language) => {
    const all = [...texts[language].guides.values(), ...texts[language].about.values()];
    const stats = sentenceStats(all);
    const bodyStats = sentenceStats(
      [...texts[language].guides.entries()]
        .filter(([key]) => /\.(summary|items\.\w+)$/.test(key))
        .map(([, text]) => text),
    );
    console.info(
      `[${language}] guides + about: ${stats.averageWords.toFixed(1)} words per sentence ` +
        `(${stats.sentences} sentences; longest ${stats.longest.words}: "${stats.longest.sentence}"); ` +
        `guide summaries and items alone: ${bodyStats.averageWords.toFixed(1)}`,
    );
    expect(stats.averageWords).toBeLessThanOrEqual(15);
    expect(bodyStats.averageWords).toBeLessThanOrEqual(15);
  });
});

describe('someone threatens to tell', () => {
  const guide = findGuide('someone-threatens-to-tell');

  it('puts 112, Ugly Mugs NL, the police and the anonymous line first, and points to help after violence', () => {
    expect(guide?.urgentContactIds).toEqual([
      'alarmnummer-112',
      'ugly-mugs',
      'politie-geen-spoed',
      'meld-misdaad-anoniem',
    ]);
    expect(guide?.helpPurpose).toBe('violence');
  });

  it('rests every item on a section of the report or on a public https page read on a given day', () => {
    const items = guide?.sections.flatMap((section) => section.items) ?? [];
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const source of item.sources) {
        if (source.kind === 'public') {
          expect(source.url, item.id).toMatch(/^https:\/\//);
          expect(source.readOn, item.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } else expect(source.kind, item.id).toBe('report');
      }
    }
  });

  it.each(languages)('writes no phone number into the text in %s: numbers come from the contacts', (language) => {
    for (const textKey of guide ? textKeysOf(guide) : []) {
      expect(textFor(language, textKey), textKey).not.toMatch(/\d{3,}/);
    }
  });
});

describe('working safer', () => {
  const guide = findGuide('working-safer');
  const sectionIds = guide?.sections.map((section) => section.id) ?? [];

  it('is for people who keep working, not only for people who stop', () => {
    expect(guide?.phases).toContain('working');
    expect(guide?.phases).not.toContain('after');
  });

  it('puts 112, the sexual assault centre and Ugly Mugs NL first, and points to help after violence', () => {
    expect(guide?.urgentContactIds).toEqual(['alarmnummer-112', 'centrum-seksueel-geweld', 'ugly-mugs']);
    expect(guide?.helpPurpose).toBe('violence');
  });

  it('covers checking a client, agreeing first, before a booking, money, health and after violence', () => {
    expect(sectionIds).toEqual([
      'working-safer.check-client',
      'working-safer.agree-first',
      'working-safer.before-booking',
      'working-safer.money',
      'working-safer.health',
      'working-safer.after-violence',
    ]);
  });

  it('links to the blackmail guide, the STI check and the record of what happened', () => {
    expect(guide?.relatedGuideIds).toEqual(['someone-threatens-to-tell', 'sti-check']);
    expect(guide?.linksToIncidentLog).toBe(true);
    for (const id of guide?.relatedGuideIds ?? []) expect(findGuide(id), id).toBeDefined();
  });

  it('rests every item on a section of the report or on a public https page read on a given day', () => {
    const items = guide?.sections.flatMap((section) => section.items) ?? [];
    expect(items.length).toBeGreaterThanOrEqual(20);
    for (const item of items) {
      for (const source of item.sources) {
        if (source.kind === 'public') {
          expect(source.url, item.id).toMatch(/^https:\/\//);
          expect(source.readOn, item.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } else expect(source.kind, item.id).toBe('report');
      }
    }
  });

  it.each(languages)('writes no helpline number into the text in %s: it comes from the contacts', (language) => {
    // 112 may be named (it is the emergency number everyone knows); every other number is in the contacts.
    for (const textKey of guide ? textKeysOf(guide) : []) {
      expect(textFor(language, textKey)?.replace(/\b112\b/g, ''), textKey).not.toMatch(/\d{3,}/);
    }
  });

  it.each(languages)('never calls the reader a victim in %s', (language) => {
    for (const textKey of guide ? textKeysOf(guide) : []) {
      expect(textFor(language, textKey), textKey).not.toMatch(/victim|slachtoffer/i);
    }
  });
});

describe('when someone else is in control', () => {
  const guide = findGuide('someone-else-in-control');

  it('lists the urgent contacts first, in order', () => {
    expect(guide?.urgentContactIds).toEqual(['alarmnummer-112', 'fier-chat', 'comensha', 'veilig-thuis']);
    expect(guide?.urgentContactIds).toEqual([...controlUrgentContactIds]);
  });

  it.each(languages)('never calls the reader a victim in %s', (language) => {
    expect(guide).toBeDefined();
    for (const textKey of guide ? textKeysOf(guide) : []) {
      expect(textFor(language, textKey), textKey).not.toMatch(/victim|slachtoffer|trafficking|mensenhandel/i);
    }
  });
});

describe('the About page', () => {
  it.each(languages)('cites the report with its original title, authors and number in %s', (language) => {
    const citation = texts[language].about.get('source.citation') ?? '';
    expect(citation).toContain(reportTitle);
    expect(citation).toContain('Y. Bleeker');
    expect(citation).toContain('G. van den Braak');
    expect(citation).toContain('Regioplan Beleidsonderzoek');
    expect(citation).toContain('20173');
    expect(citation).toContain('2021');
  });

  it.each(languages)('names the ministry in Dutch in %s', (language) => {
    expect(texts[language].about.get('source.commissionedBy')).toContain('Volksgezondheid, Welzijn en Sport');
  });

  it.each(languages)('states how the research was done in %s', (language) => {
    const method = texts[language].about.get('source.method') ?? '';
    expect(method).toMatch(/\b(ten|tien)\b/);
    expect(method).toContain('17');
    expect(method).toContain('18');
  });
});
