/**
 * What the app shell needs from the plan at start-up, and nothing more: saving open forms before an
 * update. Kept apart from index.ts so the first screen does not load the plan's screens, crypto and
 * content (the initial-bundle budget test holds this line).
 */
export { savePendingEdits } from './pendingSaves';
