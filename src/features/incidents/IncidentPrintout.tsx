import { useTranslation } from 'react-i18next';
import type { IncidentItem } from '../../domain/incident';
import { IncidentDetails } from './IncidentDetails';
import { useFormatWhen } from './useFormatWhen';

/**
 * The clean summary a person can bring to the police, Ugly Mugs NL, a doctor or a support worker:
 * only the records, with the first version and every change date. It is put in the page only while
 * printing, and only printing shows it.
 */
export function IncidentPrintout({ items }: { items: IncidentItem[] }) {
  const { t, i18n } = useTranslation('incidents');
  const { typed } = useFormatWhen();
  return (
    <div className="print-only incident-printout">
      {items.map((item) => (
        <article key={item.id} className="plan-item incident-printout__record">
          <h2>{t('printHeading', { when: typed(item.latest.date, item.latest.time) })}</h2>
          <IncidentDetails item={item} isPrint />
        </article>
      ))}
      <p>{t('printedOn', { date: new Date().toLocaleDateString(i18n.language) })}</p>
    </div>
  );
}
