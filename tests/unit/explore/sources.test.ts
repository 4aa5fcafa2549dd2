/**
 * Every item's source is a report section from the report's own table of contents, or a public
 * page with an https address and the day it was read; and the reader sees it in their language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuestions } from '../../../src/content/check/questions';
import { topics } from '../../../src/content/explore/topics';
import { guides } from '../../../src/content/guides/guides';
import { sourceSchema, sourcesSchema, topicSectionIds, type Source } from '../../../src/domain/content';
import { reportSections } from '../../../src/domain/reportSections';
import { formatReadOn, siteOf } from '../../../src/i18n';

/** A copy of the report's "Inhoudsopgave" (shared/seed/000_8efd664cf3217f6f.txt, lines 29–52). */
const tableOfContents = readFileSync(join(process.cwd(), 'docs/report/table-of-contents.txt'), 'utf8');

function allSources(): { id: string; sources: readonly Source[] }[] {
  const fromTopics = topics.flatMap((topic) =>
    topic.isRelevant
      ? topicSectionIds.flatMap((section) => topic[section].map((item) => ({ id: item.id, sources: item.sources })))
      : [{ id: topic.id, sources: topic.sources }],
  );
  const fromGuides = guides.flatMap((guide) =>
    guide.sections.flatMap((section) => section.items.map((item) => ({ id: item.id, sources: item.sources }))),
  );
  const fromCheck = checkQuestions.flatMap((question) => [
    { id: question.id, sources: question.sources },
    ...question.options.map((option) => ({ id: `${question.id}.${option.id}`, sources: option.sources })),
  ]);
  return [...fromTopics, ...fromGuides, ...fromCheck];
}

describe('the report sections', () => {
  const numbered = [...tableOfContents.matchAll(/^(\d(?:\.\d)?) /gm)].map((match) => match[1] ?? '');

  it('are the numbered sections of the table of contents, plus the summary and the appendix', () => {
    const sectionIds = numbered.filter((id) => id.includes('.'));
    const typed = reportSections.map((section) => section.id as string);
    for (const id of sectionIds) expect(typed, id).toContain(id);
    for (const section of reportSections) {
      if (section.kind === 'summary') expect(tableOfContents).toMatch(/^Samenvatting\t/m);
      else if (section.kind === 'appendix') expect(tableOfContents).toMatch(/^Bijlage /m);
      else expect(numbered, section.id).toContain(section.id);
    }
  });
});

describe('the source of every item', () => {
  const items = allSources();

  it('covers every item in explore, the guides and the check', () => {
    expect(items.length).toBeGreaterThan(450);
  });

  it('is a report section or a dated https page, and nothing else', () => {
    for (const item of items) expect(sourcesSchema.safeParse(item.sources).success, item.id).toBe(true);
  });

  it('is never read in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const item of items) {
      for (const source of item.sources)
        if (source.kind === 'public') expect(source.readOn <= today, item.id).toBe(true);
    }
  });

  it('refuses the old free-text sources, unknown sections, http: and a page without a date', () => {
    const wrong: unknown[] = [
      'report §2.4',
      'general knowledge: 112 is the Dutch emergency number',
      { kind: 'report', section: '2.5' },
      { kind: 'report', section: '3.2 Uitvoering' },
      { kind: 'report', section: '2.4', note: 'extra fields are not allowed' },
      { kind: 'public', url: 'http://www.rijksoverheid.nl/bijstand', title: 'Bijstand', readOn: '2026-12-02' },
      { kind: 'public', url: 'https://www.rijksoverheid.nl/bijstand', title: 'Bijstand' },
      { kind: 'public', url: 'https://www.rijksoverheid.nl/bijstand', title: 'Bijstand', readOn: 'December 2026' },
      { kind: 'brief', text: 'Verder product brief' },
    ];
    for (const source of wrong) expect(sourceSchema.safeParse(source).success, JSON.stringify(source)).toBe(false);
    expect(sourcesSchema.safeParse([]).success).toBe(false);
    expect(sourceSchema.safeParse({ kind: 'report', section: '3.2' }).success).toBe(true);
  });
});

describe('how a public page is named to the reader', () => {
  it('shows the site without "www." and the day it was read in the reader\u2019s language', () => {
    expect(siteOf('https://www.juridischloket.nl/werk-en-inkomen/')).toBe('juridischloket.nl');
    expect(formatReadOn('2026-12-02', 'nl')).toBe('2 december 2026');
    expect(formatReadOn('2026-12-02', 'en')).toBe('December 2, 2026');
    expect(formatReadOn('2026-12-02', 'de')).not.toMatch(/2026-12-02/);
  });
});

describe('the source line in each language', () => {
  const languages = ['nl', 'ar', 'bg', 'es', 'hu', 'pl', 'pt-BR', 'ro', 'th'] as const;
  const read = (language: string) =>
    JSON.parse(readFileSync(join(process.cwd(), `locales/${language}/explore.json`), 'utf8')) as {
      sources: { sections: Record<string, string>; reportSection: string; publicPage: string };
    };
  const english = read('en').sources;

  it('has a translated short title for every report section, never the English one or an id', () => {
    for (const section of reportSections) expect(english.sections[section.labelKey], section.id).toBeTruthy();
    for (const language of languages) {
      const own = read(language).sources;
      for (const section of reportSections) {
        const title = own.sections[section.labelKey] ?? '';
        expect(title, `${language} ${section.id}`).not.toBe(english.sections[section.labelKey]);
        expect(title, `${language} ${section.id}`).not.toMatch(/§|[a-z][A-Z]/);
      }
      expect(own.reportSection, language).not.toBe(english.reportSection);
      expect(own.publicPage, language).not.toBe(english.publicPage);
    }
  });
});
