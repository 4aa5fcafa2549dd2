/**
 * Money in My plan: a private budget in the person's own words (weekly, monthly or yearly amounts,
 * shown per month and per week in their language's format), two pictures side by side — now, and
 * after stopping or with less work — with the gap and how long savings bridge it, and a debts list
 * with what needs attention first. Every record is a vault item (src/domain/moneyItems), so the
 * lock, the copy, printing and "delete everything" cover it like the rest of the plan. The sums are
 * whole cents in src/domain/money; this folder only shows and edits them.
 */
export { MoneyScreen } from './MoneyScreen';
export { UpcomingDebtPayments } from './UpcomingDebtPayments';
