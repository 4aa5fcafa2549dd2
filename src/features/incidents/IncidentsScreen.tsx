import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editIncident, newIncident, type IncidentFields, type IncidentItem } from '../../domain/incident';
import { localIsoDate } from '../../domain/plan';
import { Button, Notice, ScreenHeading } from '../../ui';
import { WhereItIsKept } from '../plan';
import { UnlockForm } from '../vault';
import { IncidentForm } from './IncidentForm';
import { IncidentList } from './IncidentList';
import { IncidentPrintout } from './IncidentPrintout';
import { useIncidents } from './useIncidents';
import { usePrinting } from './usePrinting';

const emptyFields = { place: '', what: '', person: '', injuries: '', witnesses: '', toldWho: '' };

/** A new record starts at this moment; the person changes it when it happened earlier. */
function startingNow(): Record<keyof IncidentFields, string> {
  const now = new Date();
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return { date: localIsoDate(now), time, ...emptyFields };
}

const addButtonId = 'incident-add';
/** After saving, deleting or cancelling, focus returns to "Write down what happened". */
const focusAddButton = () => requestAnimationFrame(() => document.getElementById(addButtonId)?.focus());

export function IncidentsScreen() {
  const { t } = useTranslation('incidents');
  const { stored, writeMode, write, remove } = useIncidents();
  return (
    <>
      <ScreenHeading>{t('title')}</ScreenHeading>
      <div className="no-print">
        <p>{t('intro')}</p>
        <p>
          <strong>{t('neverSent')}</strong>
        </p>
      </div>
      {stored.status === 'showing' ? <Notice tone="polite">{t('hidden')}</Notice> : null}
      {stored.status === 'loading' ? <p>{t('loading')}</p> : null}
      {stored.status === 'locked' ? <UnlockForm lock={stored.lock} /> : null}
      {stored.status === 'ready' ? (
        <OpenLog items={stored.items} isSealed={writeMode === 'sealed'} write={write} remove={(id) => remove(id)} />
      ) : null}
    </>
  );
}

function OpenLog({
  items,
  isSealed,
  write,
  remove,
}: {
  items: IncidentItem[];
  isSealed: boolean;
  write: (item: IncidentItem) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
}) {
  const { t } = useTranslation(['incidents', 'plan']);
  const [isAdding, setIsAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [printTarget, print] = usePrinting();

  const add = async (fields: IncidentFields) => {
    const isStored = await write(newIncident(fields, Date.now(), crypto.randomUUID()));
    setMessage(t(isStored ? 'saved' : 'notSaved'));
    if (isStored) setIsAdding(false);
    focusAddButton();
    return isStored;
  };
  const save = async (item: IncidentItem, fields: IncidentFields) => {
    const isStored = await write(editIncident(item, fields, Date.now()));
    setMessage(t(isStored ? 'saved' : 'notSaved'));
    return isStored;
  };
  const erase = async (item: IncidentItem) => {
    const isDone = await remove(item.id);
    setMessage(t(isDone ? 'record.deleted' : 'notSaved'));
    focusAddButton();
  };

  return (
    <>
      <div className="no-print">
        <WhereItIsKept isSealed={isSealed} withLock={t('withLock')} noLock={t('noLock')} />
        <p className="quiet">{t('lockWipes')}</p>
        {message ? <Notice tone="polite">{message}</Notice> : null}
        {isAdding ? (
          <section aria-labelledby="incident-new-heading">
            <h2 id="incident-new-heading">{t('add')}</h2>
            <IncidentForm
              initial={startingNow()}
              submitLabel={t('save')}
              onSubmit={add}
              onCancel={() => {
                setIsAdding(false);
                focusAddButton();
              }}
            />
          </section>
        ) : (
          <Button id={addButtonId} variant="primary" onClick={() => setIsAdding(true)}>
            {t('add')}
          </Button>
        )}
        <IncidentList items={items} onSave={save} onDelete={erase} onPrint={(id) => print({ id })} />
        {items.length > 0 ? (
          <div className="button-row">
            <Button onClick={() => print({ all: true })}>{t('printAll')}</Button>
            <p className="quiet">{t('printHint')}</p>
          </div>
        ) : null}
      </div>
      {printTarget ? (
        <IncidentPrintout items={'all' in printTarget ? items : items.filter((item) => item.id === printTarget.id)} />
      ) : null}
    </>
  );
}
