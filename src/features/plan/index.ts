/**
 * My plan: everything a person keeps for themselves, in the one vault behind the lock. Split along
 * its seams — items/ (the plan's own items and sections), lock/ (the lock's settings screens),
 * copies/ (export, import, print, delete everything) and money/ (the budget, the two pictures and
 * the debts). The files here are the joints they share: reading the vault (usePlan), writing to it
 * (planActions), saving open forms before an update, and the screen shown while showing someone.
 */
export { AddChecklistToPlan, AddToPlanButton } from './items';
export { usePlan } from './usePlan';
export { PlanSafetyScreen } from './PlanSafetyScreen';
export { PlanScreen } from './PlanScreen';
export { MoneyScreen } from './money';
export { NextAppointmentCard } from './startScreen';

export { registerPendingSave } from './pendingSaves';
export { useVaultForm, type FormCheck } from './useVaultForm';
export { WhereItIsKept } from './WhereItIsKept';
