import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentFieldNames, type IncidentFields, type IncidentItem } from '../../domain/incident';
import { Button } from '../../ui';
import { IncidentDetails } from './IncidentDetails';
import { IncidentForm } from './IncidentForm';
import { useFormatWhen } from './useFormatWhen';

interface IncidentListProps {
  items: IncidentItem[];
  onSave: (item: IncidentItem, fields: IncidentFields) => Promise<boolean>;
  onDelete: (item: IncidentItem) => Promise<void>;
  onPrint: (id: string) => void;
}

/**
 * Each record shows only its date until the person opens it: someone glancing at the screen sees
 * dates, not what happened.
 */
export function IncidentList({ items, onSave, onDelete, onPrint }: IncidentListProps) {
  const { t } = useTranslation('incidents');
  return (
    <section aria-labelledby="incident-list-heading">
      <h2 id="incident-list-heading">{t('list.title')}</h2>
      {items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="plan-list incident-list">
          {items.map((item) => (
            <IncidentRow key={item.id} item={item} onSave={onSave} onDelete={onDelete} onPrint={onPrint} />
          ))}
        </ul>
      )}
    </section>
  );
}

function asFormValues(fields: IncidentFields): Record<(typeof incidentFieldNames)[number], string> {
  return Object.fromEntries(incidentFieldNames.map((name) => [name, fields[name]])) as Record<
    (typeof incidentFieldNames)[number],
    string
  >;
}

function IncidentRow({ item, onSave, onDelete, onPrint }: { item: IncidentItem } & Omit<IncidentListProps, 'items'>) {
  const { t } = useTranslation('incidents');
  const { typed } = useFormatWhen();
  const [mode, setMode] = useState<'closed' | 'open' | 'editing' | 'confirmDelete'>('closed');
  const when = typed(item.latest.date, item.latest.time);
  const toggleId = `toggle-${item.id}`;
  const backToRecord = () => requestAnimationFrame(() => document.getElementById(toggleId)?.focus());

  return (
    <li className="plan-item incident-item">
      <Button
        id={toggleId}
        aria-expanded={mode !== 'closed'}
        onClick={() => setMode(mode === 'closed' ? 'open' : 'closed')}
      >
        {mode === 'closed' ? t('list.open', { when }) : t('list.close', { when })}
      </Button>
      {mode === 'open' || mode === 'confirmDelete' ? (
        <>
          <IncidentDetails item={item} />
          {mode === 'confirmDelete' ? (
            <div className="button-row" role="group" aria-label={t('record.confirmDelete')}>
              <p>{t('record.confirmDelete')}</p>
              <Button variant="primary" onClick={() => void onDelete(item)}>
                {t('record.yesDelete')}
              </Button>
              <Button onClick={() => setMode('open')}>{t('record.keep')}</Button>
            </div>
          ) : (
            <div className="button-row">
              <Button onClick={() => setMode('editing')}>{t('record.edit', { when })}</Button>
              <Button onClick={() => onPrint(item.id)}>{t('record.print', { when })}</Button>
              <Button onClick={() => setMode('confirmDelete')}>{t('record.delete', { when })}</Button>
            </div>
          )}
        </>
      ) : null}
      {mode === 'editing' ? (
        <>
          <p className="quiet">{t('record.editKeepsFirst')}</p>
          <IncidentForm
            initial={asFormValues(item.latest)}
            submitLabel={t('saveEdit')}
            onSubmit={async (fields) => {
              const isStored = await onSave(item, fields);
              if (isStored) {
                setMode('open');
                backToRecord();
              }
              return isStored;
            }}
            onCancel={() => {
              setMode('open');
              backToRecord();
            }}
          />
        </>
      ) : null}
    </li>
  );
}
