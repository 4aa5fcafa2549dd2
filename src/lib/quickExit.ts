/**
 * Quick exit: hide everything at once, let features forget what they hold in memory (speech,
 * unlocked keys, answers, showing mode), tell Verder's other tabs to leave too, then replace this
 * page in history with a neutral site. location.replace (not assign) so Back does not return.
 *
 * Verder keeps one history entry, marked when the app starts, plus one guard entry on top while the
 * person is deeper than the start screen (historyGuard.ts). Quick exit first steps back over the
 * guard (and over anything else that added a same-document entry: a fragment link, a browser
 * feature) to the marked entry and replaces that one, so Back cannot reach Verder. A forward entry
 * left behind (the guard) would load Verder again: this tab remembers that it left (a flag in
 * sessionStorage that says only that), and such a load goes straight on to the neutral site before
 * anything is shown (`leaveIfStaleEntry`).
 */
import { entryState, isEntryState, isGuardState } from './historyMarks';
import { announceQuickExit } from './tabSignals';

type ExitListener = () => void | Promise<void>;

const listeners = new Set<ExitListener>();
/** Per tab, gone when the tab closes; its value says nothing but "quick exit happened in this tab". */
export const leftFlag = 'verder-left';
/**
 * Set on <html> once the app runs. Until then the first script (src/firstScript/quick-exit.js, which
 * uses the same two names) handles quick exit on the prerendered page; from then on the app does.
 */
export const appReadyAttribute = 'data-verder-ready';
/** Work that must finish before the page goes (e.g. "quick exit also erases"); never longer than this. */
const maxWaitMs = 3000;

let markedLength: number | null = null;
let isExiting = false;

/** Features register what must stop or be forgotten at quick exit (e.g. read-aloud, an unlocked plan). */
export function onQuickExit(listener: ExitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface ExitTarget {
  replace(url: string): void;
}

export interface ExitHistory {
  readonly length: number;
  readonly state: unknown;
  go(delta: number): void;
  replaceState(data: unknown, unused: string): void;
}

/** Marks the one history entry Verder uses; called once at start. Adds no entry. */
export function markHistoryEntry(history: ExitHistory = window.history): void {
  history.replaceState(entryState(), '');
  markedLength = history.length;
}

type NavigationKind = 'navigate' | 'reload' | 'back_forward' | 'prerender';

/** How this page was reached; WebKit before Navigation Timing 2 still has the older API. */
export function navigationKind(timing: Performance = performance): NavigationKind {
  const entry = timing.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (entry) return entry.type;
  return (timing as Performance & { navigation?: { type: number } }).navigation?.type === 2
    ? 'back_forward'
    : 'navigate';
}

function readFlag(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(leftFlag) === '1';
  } catch {
    return false;
  }
}

function writeFlag(storage: Storage | undefined, isSet: boolean): void {
  try {
    if (isSet) storage?.setItem(leftFlag, '1');
    else storage?.removeItem(leftFlag);
  } catch {
    // Storage refused (a private window): the other guarantees still hold.
  }
}

const tabStorage = (): Storage | undefined => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage);

/**
 * At start, before anything is shown: an entry reached with Back or Forward after quick exit in this
 * tab (the guard left forward, or an older entry of Verder), or an address with a fragment (never one
 * Verder made), goes straight to the neutral site. Opening Verder afresh clears the flag.
 */
export function leaveIfStaleEntry(
  exitUrl: string,
  where: Pick<Location, 'hash' | 'replace'> = window.location,
  kind: NavigationKind = navigationKind(),
  storage: Storage | undefined = tabStorage(),
): boolean {
  const cameBackAfterExit = kind === 'back_forward' && readFlag(storage);
  if (where.hash === '' && !cameBackAfterExit) {
    if (kind !== 'back_forward') writeFlag(storage, false);
    return false;
  }
  where.replace(exitUrl);
  return true;
}

/** A page restored from the back-forward cache runs no start-up: the same check, on pageshow. */
export function leaveWhenRestoredAfterExit(exitUrl: string): () => void {
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && readFlag(tabStorage())) window.location.replace(exitUrl);
  };
  window.addEventListener('pageshow', onPageShow);
  return () => window.removeEventListener('pageshow', onPageShow);
}

function waitForAll(work: Promise<void>[]): Promise<void> {
  if (work.length === 0) return Promise.resolve();
  return Promise.race([
    Promise.allSettled(work).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs)),
  ]);
}

/** How many same-document entries lie above Verder's own entry: the guard, or whatever else added one. */
function entriesAboveMarked(history: ExitHistory): number {
  if (markedLength === null || isEntryState(history.state)) return 0;
  if (isGuardState(history.state)) return 1;
  return history.length - markedLength;
}

export function quickExit(
  exitUrl: string,
  doc: Document = document,
  target: ExitTarget = window.location,
  options: { fromOtherTab?: boolean; history?: ExitHistory } = {},
): void {
  // Blank first: the replace can take a moment on a slow network, and the screen must be gone now.
  doc.documentElement.classList.add('is-exiting');
  doc.body.replaceChildren();
  doc.title = '';
  if (isExiting) return;
  isExiting = true;
  const pending: Promise<void>[] = [];
  for (const listener of listeners) {
    try {
      const result = listener();
      if (result) pending.push(result);
    } catch {
      // A failing listener must never keep the person on this page.
    }
  }
  if (!options.fromOtherTab) announceQuickExit();
  writeFlag(tabStorage(), true);

  const history = options.history ?? (typeof window === 'undefined' ? undefined : window.history);
  const extra = history ? entriesAboveMarked(history) : 0;
  const leave = () => {
    isExiting = false;
    target.replace(exitUrl);
  };
  if (!history || extra <= 0) {
    if (pending.length === 0) leave();
    else void waitForAll(pending).then(leave);
    return;
  }
  // Step back onto Verder's own entry first, then replace it.
  let hasLeft = false;
  const leaveOnce = () => {
    if (hasLeft) return;
    hasLeft = true;
    window.removeEventListener('popstate', leaveOnce);
    void waitForAll(pending).then(leave);
  };
  window.addEventListener('popstate', leaveOnce);
  setTimeout(leaveOnce, 400);
  history.go(-extra);
}
