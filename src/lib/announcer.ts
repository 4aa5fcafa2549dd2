/**
 * The app's one way to say something to a screen reader: `announce` puts a short text into one of two
 * live regions that are in the page from the first render (polite waits, assertive interrupts).
 * A region that appears together with its text is often not read, so nothing else in the app is live.
 *
 * Each announcement first empties its region, then sets the text a moment later (50 ms) with a new key, so the
 * same words said twice ("Saved.", "Saved.") are heard twice. Texts are the app's own short messages:
 * never what the person wrote in their plan. `clearAnnouncements` empties both (route change, lock,
 * quick exit); a message also leaves its region by itself after a few seconds. Nothing is said any
 * more once the page is leaving.
 */
export type AnnounceTone = 'polite' | 'assertive';

export interface Announcement {
  readonly text: string;
  /** New for every announcement, so a repeated text is a new node the screen reader reads again. */
  readonly key: number;
}

export type AnnouncerState = Readonly<Record<AnnounceTone, Announcement>>;

const empty: Announcement = { text: '', key: 0 };
let state: AnnouncerState = { polite: empty, assertive: empty };
let nextKey = 1;
const pending: Record<AnnounceTone, ReturnType<typeof setTimeout> | null> = { polite: null, assertive: null };
const listeners = new Set<() => void>();

function set(tone: AnnounceTone, announcement: Announcement): void {
  if (state[tone] === announcement) return;
  state = { ...state, [tone]: announcement };
  for (const listener of [...listeners]) listener();
}

function isLeaving(): boolean {
  return typeof document !== 'undefined' && document.documentElement.classList.contains('is-exiting');
}

function cancel(tone: AnnounceTone): void {
  const timer = pending[tone];
  if (timer !== null) clearTimeout(timer);
  pending[tone] = null;
}

/**
 * How long a message stays in its region: long enough to be read, then it goes, as in React Aria's
 * announcer, so browsing the page later does not find it a second time beside the visible message.
 */
export const announceKeepMs = 7000;

/** How long the region stays empty before the new text: long enough for a screen reader to see a change. */
export const announceDelayMs = 50;

export function announce(text: string, tone: AnnounceTone = 'polite'): void {
  const words = text.trim();
  if (!words || isLeaving()) return;
  cancel(tone);
  set(tone, { text: '', key: nextKey++ });
  pending[tone] = setTimeout(() => {
    if (isLeaving()) {
      pending[tone] = null;
      return;
    }
    const said = { text: words, key: nextKey++ };
    set(tone, said);
    pending[tone] = setTimeout(() => {
      pending[tone] = null;
      if (state[tone] === said) set(tone, empty);
    }, announceKeepMs);
  }, announceDelayMs);
}

/** Empties both regions and drops anything still waiting to be said. */
export function clearAnnouncements(): void {
  cancel('polite');
  cancel('assertive');
  if (state.polite.text === '' && state.assertive.text === '') return;
  set('polite', empty);
  set('assertive', empty);
}

export function subscribeAnnouncements(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function readAnnouncements(): AnnouncerState {
  return state;
}
