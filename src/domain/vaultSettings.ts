/**
 * Plain figures about the vault that the app shell needs at start-up (auto-lock, the check-answers
 * row). No schemas here on purpose: this module is in the first download, zod is not.
 */
export const autoLockChoices = [0, 1, 5, 15, 60] as const;
export const defaultAutoLockMinutes = 1;
/** Locking after this long without a touch while Verder is on screen. */
export const idleLockChoices = [2, 5, 15, 60] as const;
export const defaultIdleLockMinutes = 5;
/** "Erase after this many wrong passphrases": off unless chosen, then 3 to 10. */
export const eraseAfterChoices = [3, 5, 10] as const;
/** The one vault row that holds the check answers, when the person keeps them. */
export const checkAnswersRecordId = 'check-answers';
/** The one vault row that holds the place kept from Find help, when the person keeps it. */
export const savedPlaceRecordId = 'saved-place';
/** The one vault row that says "show my next appointment on the start screen", when chosen. */
export const startScreenRecordId = 'start-screen';
/** The one vault row that holds the booking check-in while it runs (or after, if the person keeps it). */
export const checkInRecordId = 'check-in';
