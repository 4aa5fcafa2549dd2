/**
 * Quick exit: hide everything at once, let features forget what they hold in memory (speech,
 * unlocked keys, answers, showing mode), tell Verder's other tabs to leave too, then replace this
 * page in history with a neutral site. location.replace (not assign) so Back does not return.
 *
 * Verder keeps one history entry, marked when the app starts. Should anything have added a
 * same-document entry after it (a fragment link, a browser feature), quick exit first steps back to
 * the marked entry and replaces that one, so Back cannot reach Verder; a forward entry left behind
 * is caught at start-up (`leaveIfStaleEntry`) and lands on the neutral site as well.
 */
import { announceQuickExit } from './tabSignals';

type ExitListener = () => void | Promise<void>;

const listeners = new Set<ExitListener>();
const entryMark = 'verderEntry';
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
  history.replaceState({ [entryMark]: true }, '');
  markedLength = history.length;
}

/**
 * At start: an address with a fragment is never one Verder made (it keeps one plain entry), so it is
 * an old entry reached with Forward or Back after quick exit. It goes straight to the neutral site.
 */
export function leaveIfStaleEntry(exitUrl: string, where: Location = window.location): boolean {
  if (where.hash === '') return false;
  where.replace(exitUrl);
  return true;
}

function isOnMarkedEntry(history: ExitHistory): boolean {
  const state = history.state as Record<string, unknown> | null;
  return Boolean(state && state[entryMark] === true);
}

function waitForAll(work: Promise<void>[]): Promise<void> {
  if (work.length === 0) return Promise.resolve();
  return Promise.race([
    Promise.allSettled(work).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs)),
  ]);
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

  const history = options.history ?? (typeof window === 'undefined' ? undefined : window.history);
  const extra = history && markedLength !== null && !isOnMarkedEntry(history) ? history.length - markedLength : 0;
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
