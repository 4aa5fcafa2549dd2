export { AddToPlanButton } from './AddToPlanButton';
export { usePlan } from './usePlan';
export { PlanSafetyScreen } from './PlanSafetyScreen';
export { PlanScreen } from './PlanScreen';
export { registerPendingSave } from './pendingSaves';
