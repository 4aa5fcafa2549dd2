/**
 * What the app shell needs from the vault at start-up: auto-lock, and nothing that loads crypto or
 * the plan. Kept apart from index.ts for the initial-bundle budget.
 */
export { useAutoLock } from './autoLock';
