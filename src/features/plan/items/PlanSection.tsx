import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { domainIds } from '../../../domain/domains';
import { itemsOfKind, sortAppointments, type PlanItem, type PlanItemKind } from '../../../domain/plan';
import { Button, useAnnounce } from '../../../ui';
import { focusSoon } from '../../../lib/focusSoon';
import { emptyValues } from './itemFields';
import { ItemForm } from './ItemForm';
import { ItemView } from './ItemView';
import { undoSlotId, type PlanActions, type UndoOffer } from './usePlanActions';

const noOffers: readonly UndoOffer[] = [];

/** Long lists show this many first; the rest one tap away (and always all when printing). */
export const firstShown = 20;

interface PlanSectionProps {
  kind: PlanItemKind;
  items: readonly PlanItem[];
  actions: PlanActions;
  showAll: boolean;
  /** Shown after the section's own items: the debt payments, with the appointments. */
  extra?: ReactNode;
  /** Recent deletions: each one's Undo is shown in the deleted item's place when it was in this section. */
  undoOffers?: readonly UndoOffer[];
  onUndo?: (offer: UndoOffer) => void;
  onDismissUndo?: (offer: UndoOffer) => void;
}

export function PlanSection({
  kind,
  items,
  actions,
  showAll,
  extra,
  undoOffers = noOffers,
  onUndo = () => undefined,
  onDismissUndo = () => undefined,
}: PlanSectionProps) {
  const { t } = useTranslation('plan');
  const say = useAnnounce();
  const [isAdding, setIsAdding] = useState(false);
  const [isExpanded, setIsExpanded] = useState(false);
  const own = itemsOfKind(items, kind) as unknown as PlanItem[];
  const headingId = `plan-${kind}`;
  const addButtonId = `plan-add-${kind}`;
  const [savedId, setSavedId] = useState<string | null>(null);
  const isSavedShown = savedId !== null && own.some((item) => item.id === savedId);

  // A saved item is brought into view, marked and focused, and "Saved" is announced politely: after a
  // save the form closes, and without this the new item could be off screen with nothing to say it worked.
  useEffect(() => {
    if (!isSavedShown) return;
    const element = document.getElementById(`plan-item-${savedId}`);
    element?.scrollIntoView?.({ block: 'nearest' });
    element?.focus({ preventScroll: true });
    const timer = window.setTimeout(() => setSavedId(null), 4000);
    return () => window.clearTimeout(timer);
  }, [isSavedShown, savedId]);

  const offers = undoOffers.filter((offer) => offer.kind === kind);
  const slotOf = (offer: UndoOffer) => (
    <UndoSlot
      key={undoSlotId(offer.id)}
      offer={offer}
      onUndo={() => onUndo(offer)}
      onDismiss={() => onDismissUndo(offer)}
    />
  );
  // Each Undo goes where its item was: after the item before it, or else before the one after it.
  // One whose neighbours are gone too (deleted as well) stands after the section's items.
  const ownIds = new Set(own.map((item) => item.id));
  const isNextToOwn = (offer: UndoOffer) =>
    (offer.before !== null && ownIds.has(offer.before)) || (offer.after !== null && ownIds.has(offer.after));
  const unplaced = offers.filter((offer) => !isNextToOwn(offer));

  const renderList = (list: readonly PlanItem[], ordered: boolean) => {
    const visible = showAll || isExpanded ? list : list.slice(0, firstShown);
    const listIds = new Set(list.map((item) => item.id));
    const shownIds = new Set(visible.map((item) => item.id));
    const afterItem = new Map<string, UndoOffer[]>();
    const beforeItem = new Map<string, UndoOffer[]>();
    // Next to an item of this list that is not shown yet (a long list): at the end of what is shown.
    const atEnd: UndoOffer[] = [];
    for (const offer of offers) {
      if (!(offer.before && listIds.has(offer.before)) && !(offer.after && listIds.has(offer.after))) continue;
      if (offer.before && shownIds.has(offer.before)) {
        afterItem.set(offer.before, [...(afterItem.get(offer.before) ?? []), offer]);
      } else if (offer.after && shownIds.has(offer.after)) {
        beforeItem.set(offer.after, [...(beforeItem.get(offer.after) ?? []), offer]);
      } else atEnd.push(offer);
    }
    return (
      <>
        <ul className="plan-list">
          {visible.map((item, index) => (
            <Fragment key={item.id}>
              {beforeItem.get(item.id)?.map(slotOf)}
              <ItemView
                item={item}
                isJustSaved={item.id === savedId}
                isFirst={!ordered || index === 0}
                isLast={!ordered || index === list.length - 1}
                onSave={async (changes) => {
                  await actions.update(item, changes);
                  setSavedId(item.id);
                  say(t('item.saved'));
                }}
                onKeep={(changes) => actions.update(item, changes)}
                onMove={(direction) => actions.move(item, direction, list)}
                onDelete={() => actions.remove(item, list)}
              />
              {afterItem.get(item.id)?.map(slotOf)}
            </Fragment>
          ))}
          {atEnd.map(slotOf)}
        </ul>
        {visible.length < list.length ? (
          <Button className="no-print" onClick={() => setIsExpanded(true)}>
            {t('item.showAll', { count: list.length })}
          </Button>
        ) : null}
      </>
    );
  };

  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`sections.${kind}.title`)}</h2>
      <p className="no-print">{t(`sections.${kind}.intro`)}</p>
      {own.length === 0 ? <p className="plan-section__empty">{t(`sections.${kind}.empty`)}</p> : null}
      {kind === 'appointment' && own.length > 0 ? (
        <Appointments items={own} render={renderList} />
      ) : kind === 'goal' && own.length > 0 ? (
        <GoalsByDomain items={own} render={renderList} />
      ) : own.length > 0 ? (
        renderList(own, true)
      ) : null}
      {unplaced.length > 0 ? <ul className="plan-list">{unplaced.map(slotOf)}</ul> : null}
      {extra}
      <div className="no-print">
        {isAdding ? (
          <ItemForm
            focusFirst
            kind={kind}
            initial={emptyValues(kind)}
            submitLabel={t(`sections.${kind}.add`)}
            onSubmit={async (fields) => {
              const id = await actions.add(kind, fields);
              setIsAdding(false);
              setSavedId(id);
              say(t('item.saved'));
            }}
            onKeep={async (fields) => {
              await actions.add(kind, fields);
            }}
            onCancel={() => {
              setIsAdding(false);
              focusSoon(addButtonId);
            }}
          />
        ) : (
          <Button id={addButtonId} onClick={() => setIsAdding(true)}>
            {t(`sections.${kind}.add`)}
          </Button>
        )}
      </div>
    </section>
  );
}

/**
 * In the deleted item's place: a short "Deleted from your plan. To get it back, press Undo." (never the item's own words again),
 * Undo, and a button that closes the offer ("Close message", not "Cancel", which read as "cancel the
 * delete"). No time limit: it stays until closed or put back, across screens, until the vault locks
 * (or ten newer deletions push it out; see recentDeletions.ts).
 */
function UndoSlot({ offer, onUndo, onDismiss }: { offer: UndoOffer; onUndo: () => void; onDismiss: () => void }) {
  const { t } = useTranslation(['plan', 'common']);
  return (
    <li id={undoSlotId(offer.id)} className="plan-item plan-item--deleted no-print">
      <p className="plan-item__text">{t('item.deletedUndo')}</p>
      <div className="button-row">
        <Button variant="primary" onClick={onUndo}>
          {t('item.undo')}
        </Button>
        <Button onClick={onDismiss}>{t('common:storageError.dismiss')}</Button>
      </div>
    </li>
  );
}

/** Appointments follow time, not a chosen order: the next ones first, earlier ones after. */
function Appointments({
  items,
  render,
}: {
  items: PlanItem[];
  render: (list: readonly PlanItem[], ordered: boolean) => React.ReactNode;
}) {
  const { t } = useTranslation('plan');
  const { upcoming, past } = sortAppointments(
    items.filter((item) => item.kind === 'appointment'),
    new Date(),
  );
  return (
    <>
      {upcoming.length > 0 ? (
        <>
          <h3>{t('sections.appointment.upcoming')}</h3>
          {render(upcoming, false)}
        </>
      ) : null}
      {past.length > 0 ? (
        <>
          <h3>{t('sections.appointment.past')}</h3>
          {render(past, false)}
        </>
      ) : null}
    </>
  );
}

/** Goals are kept per part of life, in the order the person chose within each. */
function GoalsByDomain({
  items,
  render,
}: {
  items: PlanItem[];
  render: (list: readonly PlanItem[], ordered: boolean) => React.ReactNode;
}) {
  const { t } = useTranslation('explore');
  return (
    <>
      {domainIds.map((domain) => {
        const goals = items.filter((item) => item.kind === 'goal' && item.domain === domain);
        if (goals.length === 0) return null;
        return (
          <Fragment key={domain}>
            <h3>{t(`domains.${domain}.title`)}</h3>
            {render(goals, true)}
          </Fragment>
        );
      })}
    </>
  );
}
