import { useTranslation } from 'react-i18next';
import type { VaultItem } from '../../../domain/plan';
import { localIsoDate } from '../../../domain/plan';
import { upcomingDebtPayments } from '../../../domain/moneyItems';
import { useFormatDay } from '../items';
import { moneyRecordsOf } from './moneyRecords';

/** Debt payments still to come, shown with the plan's appointments so one list holds every date. */
export function UpcomingDebtPayments({ records, now }: { records: readonly VaultItem[]; now: Date }) {
  const { t } = useTranslation('money');
  const formatDay = useFormatDay();
  const payments = upcomingDebtPayments(moneyRecordsOf(records).debts, localIsoDate(now));
  if (payments.length === 0) return null;
  return (
    <>
      <h3>{t('upcoming.title')}</h3>
      <ul className="plan-list">
        {payments.map((debt) => (
          <li key={debt.id} className="plan-item">
            {t('upcoming.item', { date: formatDay(debt.nextPaymentDate), creditor: debt.creditor })}
          </li>
        ))}
      </ul>
    </>
  );
}
