/**
 * The phone's Back inside Verder, without a trail of screens in the browser history.
 *
 * Verder keeps its own entry (marked at start, see quickExit.ts) and, only while the person is on a
 * screen deeper than the start screen, ONE extra entry on top with the same address: the guard.
 * Back takes the browser from the guard to Verder's own entry; Verder hears it (popstate), shows the
 * screen the person came from and, while there is still somewhere to go back to, pushes the guard
 * again. On the start screen there is no guard, so Back leaves Verder as it leaves any site.
 *
 * So history.length grows by at most one however much is read, the address never changes, and the
 * screens a person saw are kept in memory only — never in the history, never in storage. Quick exit
 * steps back over the guard before it replaces Verder's entry (quickExit.ts).
 */
import { guardState, isGuardState } from './historyMarks';
import { onQuickExit } from './quickExit';

export interface GuardHistory {
  readonly state: unknown;
  pushState(data: unknown, unused: string): void;
  back(): void;
}

export interface HistoryGuard {
  /** Whether the person is deeper than the start screen, so Back has somewhere to go in Verder. */
  setDeep(isDeep: boolean): void;
  stop(): void;
}

/**
 * `onBack` shows the previous screen and says whether the person is still deeper than the start
 * screen afterwards (then the guard is pushed again).
 */
export function createHistoryGuard(
  onBack: () => boolean,
  history: GuardHistory = window.history,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): HistoryGuard {
  let isArmed = false;
  let wantsArmed = false;
  // Steps back that Verder took itself (to remove the guard); their popstate is not the person's Back.
  let ownSteps = 0;
  let isStopped = false;

  const arm = () => {
    history.pushState(guardState(), '');
    isArmed = true;
  };
  const disarm = () => {
    isArmed = false;
    ownSteps++;
    history.back();
  };
  const sync = () => {
    if (isStopped || ownSteps > 0) return;
    if (wantsArmed && !isArmed) arm();
    else if (!wantsArmed && isArmed) disarm();
  };

  const onPopState = (event: PopStateEvent) => {
    if (isStopped) return;
    const isOnGuard = isGuardState(event.state);
    isArmed = isOnGuard;
    if (ownSteps > 0) {
      ownSteps--;
      sync();
      return;
    }
    // Forward onto the guard (after Back on the start screen): step off it again when not needed.
    if (isOnGuard) {
      sync();
      return;
    }
    wantsArmed = onBack();
    sync();
  };

  events.addEventListener('popstate', onPopState);
  const stop = () => {
    isStopped = true;
    events.removeEventListener('popstate', onPopState);
  };
  // Quick exit steps back over the guard with popstate of its own: that is not a Back to answer.
  const stopOnExit = onQuickExit(stop);

  return {
    setDeep(isDeep) {
      wantsArmed = isDeep;
      sync();
    },
    stop() {
      stop();
      stopOnExit();
    },
  };
}
