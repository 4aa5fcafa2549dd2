import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepStatuses, type PlanItem, type PlanItemFields, type StepStatus } from '../../../domain/plan';
import { focusSoon } from '../../../lib/focusSoon';
import { Button } from '../../../ui';
import { useFormatAppointmentDay, useFormatDay } from './formatDay';
import { ItemForm } from './ItemForm';
import { useItemText } from './useItemText';

interface ItemViewProps {
  item: PlanItem;
  /** Just added or changed: marked "Saved" for a moment. */
  isJustSaved?: boolean;
  isFirst: boolean;
  isLast: boolean;
  onSave: (changes: Partial<PlanItemFields[PlanItem['kind']]>) => Promise<void>;
  /** The quiet save of an open change form when the vault locks (nothing said, no focus moved). */
  onKeep?: (changes: Partial<PlanItemFields[PlanItem['kind']]>) => Promise<void>;
  onMove: (direction: -1 | 1) => Promise<void>;
  onDelete: () => Promise<void>;
}

function asFormValues(item: PlanItem): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(item)) if (typeof value === 'string') values[name] = value;
  return values;
}

/** One item of the plan with what can be done to it. Every button names the item for screen readers. */
export function ItemView({
  item,
  isJustSaved = false,
  isFirst,
  isLast,
  onSave,
  onKeep,
  onMove,
  onDelete,
}: ItemViewProps) {
  const { t } = useTranslation(['plan', 'explore']);
  const itemText = useItemText();
  const [isEditing, setIsEditing] = useState(false);
  const text = itemText(item);
  const liId = `plan-item-${item.id}`;
  // After a move the pressed button may be gone (the item is now first or last), and the list is
  // redrawn only when the plan's view catches up, which can be after the write has finished: focus
  // that drops to <body> in that time goes to the item's other move button, or the item itself.
  const move = async (direction: -1 | 1) => {
    await onMove(direction);
    keepFocusWithItem(liId);
  };

  if (isEditing) {
    return (
      <li className="plan-item plan-item--editing">
        <ItemForm
          focusFirst
          kind={item.kind}
          initial={asFormValues(item)}
          submitLabel={t('item.save')}
          onSubmit={async (fields) => {
            await onSave(fields);
            setIsEditing(false);
          }}
          onKeep={onKeep}
          onCancel={() => {
            setIsEditing(false);
            focusSoon(liId, { select: '.plan-item__edit' });
          }}
        />
      </li>
    );
  }

  return (
    <li id={liId} tabIndex={-1} className={isJustSaved ? 'plan-item plan-item--saved' : 'plan-item'}>
      {isJustSaved ? (
        <p className="plan-item__saved" aria-hidden="true">
          ✓ {t('item.saved')}
        </p>
      ) : null}
      <ItemBody item={item} text={text} />
      {item.kind === 'step' ? (
        <label className="plan-item__status">
          {/* "Status:" shows beside the select (audit m13); its name also says which step. */}
          <span className="plan-item__status-label">
            {(t('item.statusLabel', { text: textMark }).split(textMark)[0] ?? '').trim()}
          </span>{' '}
          <select
            aria-label={t('item.statusLabel', { text })}
            value={item.status}
            onChange={(event) => void onSave({ status: event.target.value as StepStatus })}
          >
            {stepStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="plan-item__actions no-print">
        <Button
          className="plan-item__edit"
          onClick={() => setIsEditing(true)}
          aria-label={t('item.editLabel', { text })}
        >
          {t('item.edit')}
        </Button>
        {!isFirst ? (
          <Button
            className="plan-item__move"
            onClick={() => void move(-1)}
            aria-label={t('item.moveUpLabel', { text })}
          >
            {t('item.moveUp')}
          </Button>
        ) : null}
        {!isLast ? (
          <Button
            className="plan-item__move"
            onClick={() => void move(1)}
            aria-label={t('item.moveDownLabel', { text })}
          >
            {t('item.moveDown')}
          </Button>
        ) : null}
        <Button onClick={() => void onDelete()} aria-label={t('item.deleteLabel', { text })}>
          {t('item.delete')}
        </Button>
      </div>
    </li>
  );
}

/** Until the list is redrawn (at most a second): if focus falls to <body>, give it to the item. */
function keepFocusWithItem(liId: string): void {
  const rescue = (): boolean => {
    const active = document.activeElement;
    if (active && active !== document.body) return false;
    const item = document.getElementById(liId);
    const target = item?.querySelector<HTMLElement>('.plan-item__move') ?? item;
    if (!target) return false;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'nearest' });
    return true;
  };
  if (rescue()) return;
  const observer = new MutationObserver(() => {
    if (rescue()) stop();
  });
  const timer = setTimeout(stop, 1000);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}

function ItemBody({ item, text }: { item: PlanItem; text: string }) {
  const { t } = useTranslation(['plan', 'explore']);
  const formatDay = useFormatDay();
  const appointmentDay = useFormatAppointmentDay();
  switch (item.kind) {
    case 'step':
      return (
        <div className="plan-item__body">
          <p className={item.status === 'done' ? 'plan-item__text is-done' : 'plan-item__text'} dir="auto">
            {text}
          </p>
          <p className="plan-item__meta">
            {[
              item.contentId ? t('item.fromApp') : '',
              item.domain ? t(`explore:domains.${item.domain}.title`) : '',
              item.date ? t('item.byDate', { date: formatDay(item.date) }) : '',
              t(`status.${item.status}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
      );
    case 'appointment': {
      const when = appointmentDay(item.date);
      const moment = [when.day, item.time, when.relative].filter(Boolean).join(' · ');
      return (
        <div className="plan-item__body">
          {item.what ? (
            <p className="plan-item__text" dir="auto">
              {item.what}
            </p>
          ) : null}
          <p className={item.what ? 'plan-item__meta' : 'plan-item__text'}>{moment}</p>
          {item.withWhom || item.place ? (
            <p className="plan-item__meta" dir="auto">
              {[item.withWhom, item.place].filter(Boolean).join(' · ')}
            </p>
          ) : null}
          {item.note ? (
            <p className="plan-item__note" dir="auto">
              {item.note}
            </p>
          ) : null}
        </div>
      );
    }
    case 'contact':
      return (
        <div className="plan-item__body">
          <p className="plan-item__text" dir="auto">
            {item.name}
          </p>
          {item.role ? (
            <p className="plan-item__meta" dir="auto">
              {item.role}
            </p>
          ) : null}
          {item.phone ? (
            <p>
              <a className="button button--secondary" href={`tel:${item.phone.replace(/[^\d+]/g, '')}`}>
                {t('item.call', { name: item.name })}: <span dir="ltr">{item.phone}</span>
              </a>
            </p>
          ) : null}
          {item.note ? (
            <p className="plan-item__note" dir="auto">
              {item.note}
            </p>
          ) : null}
        </div>
      );
    case 'safetyNet':
      return (
        <div className="plan-item__body">
          <p className="plan-item__text">
            <strong>{t('item.safetyWhen')}</strong> <bdi>{item.when}</bdi>
          </p>
          <p>
            <strong>{t('item.safetyThen')}</strong> <bdi>{item.then}</bdi>
          </p>
          {item.call ? (
            <p>
              <strong>{t('item.safetyCall')}</strong> <bdi>{item.call}</bdi>
            </p>
          ) : null}
        </div>
      );
    case 'talent':
      return (
        <div className="plan-item__body">
          <p className="plan-item__text">{text}</p>
          {item.talentId && item.text ? (
            <p className="plan-item__note" dir="auto">
              {item.text}
            </p>
          ) : null}
        </div>
      );
    default:
      return (
        <div className="plan-item__body">
          <p className="plan-item__text plan-item__note" dir="auto">
            {text}
          </p>
        </div>
      );
  }
}

/** Stands for the step's text in "Status: {{text}}", so only the words before it are shown. */
const textMark = '\u2063';
