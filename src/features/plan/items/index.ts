/**
 * The plan's own items and how they are shown and edited: goals, steps, appointments, contacts,
 * talents, the safety net and notes. One form and one view serve every kind, driven by the field
 * list in itemFields.ts; a section per kind lists them in the person's order (appointments by time).
 * Storage is not here: the edits go through ../planActions, which seals them with the vault's key.
 */
export { AddToPlanButton } from './AddToPlanButton';
export { AddChecklistToPlan } from './AddChecklistToPlan';
export { PlanSection } from './PlanSection';
export { usePlanActions } from './usePlanActions';
export type { PlanActions } from './usePlanActions';
export { useFormatAppointmentDay, useFormatDay } from './formatDay';
