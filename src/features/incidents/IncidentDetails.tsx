import { useTranslation } from 'react-i18next';
import { incidentFieldNames, isEdited, type IncidentFields, type IncidentItem } from '../../domain/incident';
import { useFormatWhen } from './useFormatWhen';

/** The fields of one version, empty ones left out so a printout holds only what was written. */
function FieldList({ fields }: { fields: IncidentFields }) {
  const { t } = useTranslation('incidents');
  const { typed } = useFormatWhen();
  const shown = incidentFieldNames.filter((name) => name !== 'date' && name !== 'time' && fields[name] !== '');
  return (
    <dl className="incident-fields">
      <div className="incident-fields__row">
        <dt>{t('record.when')}</dt>
        <dd>{typed(fields.date, fields.time)}</dd>
      </div>
      {shown.map((name) => (
        <div key={name} className="incident-fields__row">
          <dt>{t(`fields.${name}`)}</dt>
          <dd>{fields[name]}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One record as it is now, when it was written and changed, and the first version as written. On
 * screen the first version opens on a tap; in print it is always there.
 */
export function IncidentDetails({ item, isPrint = false }: { item: IncidentItem; isPrint?: boolean }) {
  const { t } = useTranslation('incidents');
  const { moment } = useFormatWhen();
  return (
    <div className="incident-details">
      <FieldList fields={item.latest} />
      <p className="quiet">{t('record.writtenAt', { when: moment(item.writtenAt) })}</p>
      {isEdited(item) ? (
        <>
          <p className="quiet">{t('record.changedOn')}</p>
          <ul className="bullet-list">
            {item.editedAt.map((at, index) => (
              <li key={`${at}-${index}`}>{moment(at)}</li>
            ))}
          </ul>
          {isPrint ? (
            <section className="incident-first">
              <h3>{t('record.firstVersion', { when: moment(item.writtenAt) })}</h3>
              <FieldList fields={item.first} />
            </section>
          ) : (
            <details className="incident-first">
              <summary>{t('record.firstVersion', { when: moment(item.writtenAt) })}</summary>
              <FieldList fields={item.first} />
            </details>
          )}
        </>
      ) : null}
    </div>
  );
}
