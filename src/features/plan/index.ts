export { AddToPlanButton, useAddToPlan } from './AddToPlanButton';
export { useAutoLock } from './autoLock';
export { KeepingStatus } from './KeepingStatus';
export { savePendingEdits } from './pendingSaves';
export { PlanSafetyScreen } from './PlanSafetyScreen';
export { PlanScreen } from './PlanScreen';
