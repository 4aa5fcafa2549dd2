import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { balanceOf, fromYear } from '../../../domain/money';
import { moneySides, type MoneyLine, type MoneyPicture, type MoneySide } from '../../../domain/moneyItems';
import { Button } from '../../../ui';
import { MoneyLineForm } from './MoneyLineForm';
import { linesOf, type NewLine } from './moneyRecords';
import { useMoneyFormat } from './useMoneyFormat';

export interface LineActions {
  add: (fields: NewLine) => Promise<void>;
  update: (line: MoneyLine, fields: NewLine) => Promise<void>;
  remove: (line: MoneyLine) => Promise<void>;
}

/** The words a line is read by: the person's own, or the category when they wrote none. */
export function useLineText(): (line: MoneyLine) => string {
  const { t } = useTranslation('money');
  return (line) => line.label || t(`categories.${line.category}`);
}

/** Long lists show this many first, the rest one tap away; printing always shows every line. */
export const firstShown = 20;

/** One picture (now, or after stopping): what comes in, what goes out, and what is left. */
export function BudgetPicture({
  picture,
  lines,
  actions,
  showAll,
}: {
  picture: MoneyPicture;
  lines: readonly MoneyLine[];
  actions: LineActions;
  showAll: boolean;
}) {
  const { t } = useTranslation('money');
  const format = useMoneyFormat();
  const own = lines.filter((line) => line.picture === picture);
  const balance = balanceOf(linesOf(own, picture, 'in'), linesOf(own, picture, 'out'));
  const headingId = `money-${picture}`;
  return (
    <section className="plan-section money-picture" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`pictures.${picture}.title`)}</h2>
      <p className="no-print">{t(`pictures.${picture}.intro`)}</p>
      {moneySides.map((side) => (
        <MoneySideList
          key={side}
          side={side}
          picture={picture}
          lines={linesOf(own, picture, side)}
          actions={actions}
          showAll={showAll}
        />
      ))}
      <dl className="money-totals">
        <div>
          <dt>{t('totals.in')}</dt>
          <dd>{format(fromYear(balance.inYear, 'month'))}</dd>
        </div>
        <div>
          <dt>{t('totals.out')}</dt>
          <dd>{format(fromYear(balance.outYear, 'month'))}</dd>
        </div>
        <div className="money-totals__left">
          <dt>{t('totals.leftMonth')}</dt>
          <dd>{format(fromYear(balance.leftYear, 'month'))}</dd>
        </div>
        <div className="money-totals__left">
          <dt>{t('totals.leftWeek')}</dt>
          <dd>{format(fromYear(balance.leftYear, 'week'))}</dd>
        </div>
      </dl>
    </section>
  );
}

function MoneySideList({
  side,
  picture,
  lines,
  actions,
  showAll,
}: {
  side: MoneySide;
  picture: MoneyPicture;
  lines: readonly MoneyLine[];
  actions: LineActions;
  showAll: boolean;
}) {
  const { t } = useTranslation(['money', 'plan']);
  const [isAdding, setIsAdding] = useState(false);
  const [isExpanded, setIsExpanded] = useState(false);
  const visible = showAll || isExpanded ? lines : lines.slice(0, firstShown);
  const headingId = `money-${picture}-${side}`;
  return (
    <div className="money-side" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`sides.${side}`)}</h3>
      {lines.length === 0 ? <p className="plan-section__empty">{t('empty')}</p> : null}
      {lines.length > 0 ? (
        <ul className="plan-list money-lines">
          {visible.map((line) => (
            <MoneyLineView key={line.id} line={line} actions={actions} />
          ))}
        </ul>
      ) : null}
      {visible.length < lines.length ? (
        <Button className="no-print" onClick={() => setIsExpanded(true)}>
          {t('plan:item.showAll', { count: lines.length })}
        </Button>
      ) : null}
      <div className="no-print">
        {isAdding ? (
          <MoneyLineForm
            side={side}
            picture={picture}
            submitLabel={t(`add.${side}`)}
            onSubmit={async (fields) => {
              await actions.add(fields);
              setIsAdding(false);
            }}
            onCancel={() => setIsAdding(false)}
            onKeep={(fields) => actions.add(fields)}
          />
        ) : (
          <Button onClick={() => setIsAdding(true)}>{t(`add.${side}`)}</Button>
        )}
      </div>
    </div>
  );
}

function MoneyLineView({ line, actions }: { line: MoneyLine; actions: LineActions }) {
  const { t } = useTranslation('money');
  const format = useMoneyFormat();
  const lineText = useLineText();
  const [isEditing, setIsEditing] = useState(false);
  const text = lineText(line);
  if (isEditing) {
    return (
      <li className="plan-item plan-item--editing">
        <MoneyLineForm
          side={line.side}
          picture={line.picture}
          initial={line}
          submitLabel={t('save')}
          onSubmit={async (fields) => {
            await actions.update(line, fields);
            setIsEditing(false);
          }}
          onCancel={() => setIsEditing(false)}
          onKeep={(fields) => actions.update(line, fields)}
        />
      </li>
    );
  }
  return (
    <li className="plan-item money-line">
      <span className="money-line__text">
        {text}
        {line.label ? <span className="quiet"> · {t(`categories.${line.category}`)}</span> : null}
      </span>
      <span className="money-line__amount">
        {format(line.amountCents)} {t(`periods.${line.period}`)}
      </span>
      <div className="plan-item__actions no-print">
        <Button onClick={() => setIsEditing(true)} aria-label={t('editLabel', { text })}>
          {t('edit')}
        </Button>
        <Button onClick={() => void actions.remove(line)} aria-label={t('deleteLabel', { text })}>
          {t('delete')}
        </Button>
      </div>
    </li>
  );
}
