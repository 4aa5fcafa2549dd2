export { AddToPlanButton, useAddToPlan } from './AddToPlanButton';
export { PlanSafetyScreen } from './PlanSafetyScreen';
export { PlanScreen } from './PlanScreen';
