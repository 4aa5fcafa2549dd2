/**
 * The table of contents of the source report (Regioplan, "Stoppen met sekswerk", 9 April 2021),
 * copied from its "Inhoudsopgave" (shared/seed/000_8efd664cf3217f6f.txt, lines 31–55). A report
 * source may only name a section listed here, so a typo or an invented section fails the tests.
 * `labelKey` is the translated short title the reader sees under an item
 * (`explore:sources.sections.<labelKey>`): the report's own titles are Dutch and long.
 */
export const reportSections = [
  { id: 'summary', kind: 'summary', labelKey: 'summary' },
  { id: '1.1', kind: 'section', labelKey: 'introduction' },
  { id: '1.2', kind: 'section', labelKey: 'focus' },
  { id: '1.3', kind: 'section', labelKey: 'questions' },
  { id: '1.4', kind: 'section', labelKey: 'method' },
  { id: '1.5', kind: 'section', labelKey: 'readingGuide' },
  { id: '2.1', kind: 'section', labelKey: 'starting' },
  { id: '2.2', kind: 'section', labelKey: 'experiences' },
  { id: '2.3', kind: 'section', labelKey: 'reasonsToStop' },
  { id: '2.4', kind: 'section', labelKey: 'needs' },
  { id: '3.1', kind: 'section', labelKey: 'organisation' },
  { id: '3.2', kind: 'section', labelKey: 'supportPerPhase' },
  { id: '3.3', kind: 'section', labelKey: 'successFactors' },
  { id: '3.4', kind: 'section', labelKey: 'strengthening' },
  { id: '4', kind: 'chapter', labelKey: 'profiles' },
  { id: '5', kind: 'chapter', labelKey: 'conclusions' },
  { id: 'appendix', kind: 'appendix', labelKey: 'appendix' },
] as const;

export type ReportSection = (typeof reportSections)[number];
export type ReportSectionId = ReportSection['id'];

export const reportSectionIds = reportSections.map((section) => section.id) as [ReportSectionId, ...ReportSectionId[]];

export function findReportSection(id: ReportSectionId): ReportSection {
  const section = reportSections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`No report section ${id}`);
  return section;
}
