/** Small helpers so the content files read like a bibliography: `report('2.4')`, `read(page)`. */
import type { Source } from '../../domain/content';
import type { ReportSectionId } from '../../domain/reportSections';

export function report(section: ReportSectionId): Source {
  return { kind: 'report', section };
}
