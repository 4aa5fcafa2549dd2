import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, sortDebts, type Debt } from '../../../domain/moneyItems';
import { localIsoDate } from '../../../domain/plan';
import { Button } from '../../../ui';
import { useFormatDay } from '../items';
import { firstShown } from './BudgetPicture';
import { DebtForm } from './DebtForm';
import type { NewDebt } from './moneyRecords';
import { useMoneyFormat } from './useMoneyFormat';

export interface DebtActions {
  add: (fields: NewDebt) => Promise<void>;
  update: (debt: Debt, changes: Partial<Debt>) => Promise<void>;
  remove: (debt: Debt) => Promise<void>;
}

/** The debts, with what needs attention first: a letter not opened, then a payment within a week. */
export function DebtsList({
  debts,
  actions,
  now,
  showAll,
}: {
  debts: readonly Debt[];
  actions: DebtActions;
  now: Date;
  showAll: boolean;
}) {
  const { t } = useTranslation(['money', 'plan']);
  const format = useMoneyFormat();
  const [isAdding, setIsAdding] = useState(false);
  const [isExpanded, setIsExpanded] = useState(false);
  const today = localIsoDate(now);
  const sorted = sortDebts(debts, today);
  const visible = showAll || isExpanded ? sorted : sorted.slice(0, firstShown);
  const open = debts.filter((debt) => !debt.paidOff).reduce((sum, debt) => sum + debt.amountCents, 0);
  return (
    <section className="plan-section money-debts" aria-labelledby="money-debts">
      <h2 id="money-debts">{t('debts.title')}</h2>
      <p className="no-print">{t('debts.intro')}</p>
      {sorted.length === 0 ? <p className="plan-section__empty">{t('debts.empty')}</p> : null}
      {sorted.length > 0 ? (
        <>
          <p>{t('debts.open', { amount: format(open) })}</p>
          <ul className="plan-list">
            {visible.map((debt) => (
              <DebtView key={debt.id} debt={debt} actions={actions} today={today} />
            ))}
          </ul>
          {visible.length < sorted.length ? (
            <Button className="no-print" onClick={() => setIsExpanded(true)}>
              {t('plan:item.showAll', { count: sorted.length })}
            </Button>
          ) : null}
        </>
      ) : null}
      <div className="no-print">
        {isAdding ? (
          <DebtForm
            submitLabel={t('debts.add')}
            onSubmit={async (fields) => {
              await actions.add(fields);
              setIsAdding(false);
            }}
            onCancel={() => setIsAdding(false)}
            onKeep={(fields) => actions.add(fields)}
          />
        ) : (
          <Button onClick={() => setIsAdding(true)}>{t('debts.add')}</Button>
        )}
      </div>
    </section>
  );
}

function DebtView({ debt, actions, today }: { debt: Debt; actions: DebtActions; today: string }) {
  const { t } = useTranslation('money');
  const format = useMoneyFormat();
  const formatDay = useFormatDay();
  const [isEditing, setIsEditing] = useState(false);
  const text = debt.creditor;
  const isDueSoon = !debt.paidOff && debt.nextPaymentDate !== '' && debt.nextPaymentDate <= addDays(today, 7);

  if (isEditing) {
    return (
      <li className="plan-item plan-item--editing">
        <DebtForm
          initial={debt}
          submitLabel={t('save')}
          onSubmit={async (fields) => {
            await actions.update(debt, fields);
            setIsEditing(false);
          }}
          onCancel={() => setIsEditing(false)}
          onKeep={(fields) => actions.update(debt, fields)}
        />
      </li>
    );
  }
  return (
    <li className={debt.paidOff ? 'plan-item debt debt--paid' : 'plan-item debt'}>
      <p className="debt__title">
        <strong>{debt.creditor}</strong> · {format(debt.amountCents)}
      </p>
      <ul className="debt__marks">
        {debt.paidOff ? <li className="debt__mark">{t('debts.paidOff')}</li> : null}
        {!debt.paidOff && debt.letterUnopened ? (
          <li className="debt__mark debt__mark--act">{t('debts.letter')}</li>
        ) : null}
        {isDueSoon ? <li className="debt__mark debt__mark--act">{t('debts.dueSoon')}</li> : null}
      </ul>
      {debt.nextPaymentDate && !debt.paidOff ? (
        <p>{t('debts.next', { date: formatDay(debt.nextPaymentDate) })}</p>
      ) : null}
      {debt.arrangement ? <p>{t('debts.arrangement', { text: debt.arrangement })}</p> : null}
      {debt.since ? <p>{t('debts.since', { date: formatDay(debt.since) })}</p> : null}
      {debt.note ? <p className="plan-item__note">{debt.note}</p> : null}
      <div className="plan-item__actions no-print">
        {debt.paidOff ? (
          <Button
            onClick={() => void actions.update(debt, { paidOff: false })}
            aria-label={t('debts.reopenLabel', { text })}
          >
            {t('debts.reopen')}
          </Button>
        ) : (
          <Button
            onClick={() => void actions.update(debt, { paidOff: true })}
            aria-label={t('debts.markPaidLabel', { text })}
          >
            {t('debts.markPaid')}
          </Button>
        )}
        <Button onClick={() => setIsEditing(true)} aria-label={t('editLabel', { text })}>
          {t('edit')}
        </Button>
        <Button onClick={() => void actions.remove(debt)} aria-label={t('deleteLabel', { text })}>
          {t('delete')}
        </Button>
      </div>
    </li>
  );
}
