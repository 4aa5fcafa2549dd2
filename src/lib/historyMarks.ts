/**
 * The two kinds of history entry Verder makes, told apart by their state (never by the address,
 * which stays the same): its own entry, marked at start, and the one guard entry on top of it while
 * the person is deeper than the start screen (historyGuard.ts).
 */
const entryMark = 'verderEntry';
/** Also in the first script (src/firstScript/quick-exit.js), which steps off the guard after a reload. */
export const guardMark = 'verderGuard';

function hasMark(state: unknown, mark: string): boolean {
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[mark] === true;
}

export const entryState = (): Record<string, true> => ({ [entryMark]: true });
export const guardState = (): Record<string, true> => ({ [guardMark]: true });
export const isEntryState = (state: unknown): boolean => hasMark(state, entryMark);
export const isGuardState = (state: unknown): boolean => hasMark(state, guardMark);
