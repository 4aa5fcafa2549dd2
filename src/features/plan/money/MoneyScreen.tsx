import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouteLink } from '../../../routing';
import { Button, Notice, ScreenHeading } from '../../../ui';
import { DraftsNotKeptNotice, lockNow, UnlockForm, useShowingSomeone } from '../../vault';
import { usePrintAll } from '../copies';
import { HiddenWhileShowing } from '../HiddenWhileShowing';
import { usePlan, type PlanState } from '../usePlan';
import { BudgetPicture, type LineActions } from './BudgetPicture';
import { Comparison } from './Comparison';
import { DebtsList, type DebtActions } from './DebtsList';
import { MoneyHelp } from './MoneyHelp';
import { addDebt, addLine, moneyRecordsOf, removeMoneyItem, saveSavings, updateMoneyItem } from './moneyRecords';
import { SavingsField } from './SavingsField';
import './money.css';

/**
 * Money, in My plan: the budget now and after stopping or with less work, the savings that bridge
 * a gap, and the debts. Like the plan, it is hidden while showing someone and locked with the plan.
 */
export function MoneyScreen({ now = new Date() }: { now?: Date }) {
  const { t } = useTranslation(['money', 'plan', 'common']);
  const view = usePlan();
  if (useShowingSomeone()) return <HiddenWhileShowing />;
  return (
    <>
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="no-print">
        <RouteLink to={{ name: 'plan' }}>{t('backToPlan')}</RouteLink>
      </p>
      <p className="no-print">{t('intro')}</p>
      <p className="quiet">{t('totals.rule')}</p>
      {view.status === 'loading' ? <p>{t('loading')}</p> : null}
      {view.status === 'unavailable' ? <Notice tone="alert">{t(`common:storageError.${view.failure}`)}</Notice> : null}
      {view.status === 'locked' ? <UnlockForm lock={view.lock} /> : null}
      {view.status === 'ready' ? <DraftsNotKeptNotice /> : null}
      {view.status === 'ready' ? <OpenMoney state={view} now={now} /> : null}
    </>
  );
}

function OpenMoney({ state, now }: { state: PlanState; now: Date }) {
  const { t, i18n } = useTranslation(['money', 'plan']);
  const [isPrinting, print] = usePrintAll();
  const [problem, setProblem] = useState(false);
  const { lines, savings, debts } = useMemo(() => moneyRecordsOf(state.records), [state.records]);

  const guarded = useMemo(
    () =>
      async function <T>(write: () => Promise<T>): Promise<T> {
        try {
          const result = await write();
          setProblem(false);
          return result;
        } catch (error) {
          setProblem(true);
          throw error;
        }
      },
    [],
  );

  const lineActions: LineActions = {
    add: async (fields) => void (await guarded(() => addLine(fields, state.records, state))),
    update: (line, fields) => guarded(() => updateMoneyItem(line, fields, state)),
    remove: (line) => guarded(() => removeMoneyItem(line)).catch(() => undefined),
  };
  const debtActions: DebtActions = {
    add: async (fields) => void (await guarded(() => addDebt(fields, state.records, state))),
    update: (debt, changes) => guarded(() => updateMoneyItem(debt, changes, state)).catch(() => undefined),
    remove: (debt) => guarded(() => removeMoneyItem(debt)).catch(() => undefined),
  };

  return (
    <>
      <div className="plan-tools no-print">
        {state.lock ? <Button onClick={() => lockNow({ everywhere: true })}>{t('plan:lockNow')}</Button> : null}
        <Button onClick={print}>{t('print')}</Button>
        <p className="plan-tools__hint">{t('printHint')}</p>
      </div>
      {problem ? <Notice tone="alert">{t('errors.storage')}</Notice> : null}
      <div className="money-pictures">
        <BudgetPicture picture="now" lines={lines} actions={lineActions} showAll={isPrinting} />
        <BudgetPicture picture="after" lines={lines} actions={lineActions} showAll={isPrinting} />
      </div>
      <SavingsField
        key={savings?.updatedAt ?? 0}
        cents={savings?.amountCents ?? 0}
        onSave={(cents) => guarded(() => saveSavings(cents, state))}
      />
      <Comparison lines={lines} savingsCents={savings?.amountCents ?? 0} />
      <DebtsList debts={debts} actions={debtActions} now={now} showAll={isPrinting} />
      <MoneyHelp />
      <p className="print-only">{t('printedOn', { date: now.toLocaleDateString(i18n.language) })}</p>
    </>
  );
}
