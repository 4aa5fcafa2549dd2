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

/**
 * Set on <html> by whichever script stepped off the guard first (the first script,
 * src/firstScript/quick-exit.js, which uses the same name, or the app), so the other does not step
 * a second time, which would leave Verder.
 */
export const steppedOffGuardAttribute = 'data-verder-off-guard';
/**
 * How long the app waits for the step off the guard before it starts anyway. In Chromium the step
 * loads the entry below afresh, and on a slow or busy phone that takes well over a second: an app
 * started here in the meantime is thrown away with its page, with anything the person had begun.
 * (With 1.5 s the reload test failed 2 of 18 times on a machine at load 10; with 5 s, 1 of 107.)
 * Waiting longer costs nothing when the step lands; the prerendered screen is shown and taps are
 * held meanwhile.
 */
const stepOffWaitMs = 5000;

/**
 * A reload (or Forward) on a deeper screen loads Verder on the guard's entry, and the app starts on
 * the start screen there. Marking that entry as Verder's own would keep two Verder entries (Back
 * then shows Verder again instead of leaving), and going deeper would push a second guard. So the
 * page steps back onto Verder's own entry below it first; the guard stays forward, where the next
 * guard replaces it. The step waits until the page has loaded: WebKit stops loading a page, even its
 * own HTML, when its history moves before that. Resolves when this page may start: at once when it
 * is not on the guard, or after the step (in Chromium the step loads the entry below afresh, which
 * ends this page before that).
 */
export function stepOffGuardEntry(
  history: Pick<History, 'state' | 'back'> = window.history,
  root: Element = document.documentElement,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  doc: Pick<Document, 'readyState'> = document,
): Promise<void> {
  if (!isGuardState(history.state) && !root.hasAttribute(steppedOffGuardAttribute)) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      events.removeEventListener('popstate', done);
      clearTimeout(timer);
      resolve();
    };
    const step = () => {
      // The first script stepped already and the step has landed: nothing to wait for.
      if (!isGuardState(history.state)) {
        done();
        return;
      }
      events.addEventListener('popstate', done);
      timer = setTimeout(done, stepOffWaitMs);
      if (root.hasAttribute(steppedOffGuardAttribute)) return;
      root.setAttribute(steppedOffGuardAttribute, '');
      history.back();
    };
    if (doc.readyState === 'complete') step();
    else events.addEventListener('load', step, { once: true });
  });
}

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
