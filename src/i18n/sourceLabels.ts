import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../domain/content';
import { findReportSection } from '../domain/reportSections';
import { useContentText } from './contentText';

/** "soaaids.nl" from "https://www.soaaids.nl/en/…": the site a reader would recognise. */
export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** "2026-12-02" in the reader's language, without a time zone shifting the day. */
export function formatReadOn(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * The source line under an item, in the reader's language: "From the report, section 3.2 — what
 * support offers in each phase", or a public page with its site and the day it was read. Never an
 * internal id: the report's sections have translated short titles (`explore:sources.sections.*`).
 */
export function useSourceLabel(): (source: Source) => string {
  const { i18n } = useTranslation();
  const text = useContentText();
  const language = i18n.language;
  return useCallback(
    (source: Source) => {
      if (source.kind === 'public') {
        return text('explore:sources.publicPage', {
          title: source.title,
          site: siteOf(source.url),
          date: formatReadOn(source.readOn, language),
        });
      }
      const section = findReportSection(source.section);
      const title = text(`explore:sources.sections.${section.labelKey}`);
      if (section.kind === 'section') return text('explore:sources.reportSection', { number: section.id, title });
      if (section.kind === 'chapter') return text('explore:sources.reportChapter', { number: section.id, title });
      return text('explore:sources.reportPart', { title });
    },
    [text, language],
  );
}
