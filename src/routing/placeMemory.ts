/**
 * Where the person was on a screen (how far down, and what they opened the next screen from), so
 * Back puts them there again: the Find help results, a long topic, the plan. In memory only, never in
 * storage or in the history, and like the screens' own memory (screenMemory.ts) it belongs to one
 * place in the trail and is forgotten at quick exit, when the vault locks and when showing someone
 * starts or stops: how far someone had read in the plan is part of what they looked at.
 */
import { onQuickExit } from '../lib/quickExit';
import { screenScroller, screenScrollTop } from '../lib/screenScroll';
import { onShowingModeChange } from '../lib/showingMode';
import { onVaultLocked } from '../lib/vaultEvents';
import type { Route } from './routes';

/** The screen's own content (not the bars, not the copy in a second language). */
export const screenContentId = 'screen';

/** What the person opened the next screen from, found again by what it is, not by a reference. */
export interface FocusMark {
  id: string | null;
  tag: string;
  text: string;
  /** Its place among the screen's controls of the same kind and words. */
  index: number;
}

export interface Place {
  top: number;
  focus: FocusMark | null;
}

const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

let places = new WeakMap<Route, Place>();
// The place to put the person back at on the screen Back just returned to; the next screen change
// replaces it.
let arrival: { entry: Route; place: Place } | null = null;

export function forgetPlaces(): void {
  places = new WeakMap();
  arrival = null;
}

onQuickExit(forgetPlaces);
onVaultLocked(forgetPlaces);
onShowingModeChange(forgetPlaces);

// The last control pressed in the screen: on a touch screen (and in Safari) a tap does not focus it.
let lastPressed: { element: Element; at: number } | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest(focusable) : null;
      lastPressed = target ? { element: target, at: Date.now() } : null;
    },
    true,
  );
}

const textOf = (element: Element) => (element.textContent ?? '').trim().replace(/\s+/g, ' ');

function sameKind(candidate: Element, tag: string, text: string): boolean {
  return candidate.tagName.toLowerCase() === tag && textOf(candidate) === text;
}

function markOf(element: Element | null): FocusMark | null {
  const content = document.getElementById(screenContentId);
  if (!content || !element || !content.contains(element) || !element.matches(focusable)) return null;
  const tag = element.tagName.toLowerCase();
  const text = textOf(element);
  const alike = [...content.querySelectorAll(focusable)].filter((candidate) => sameKind(candidate, tag, text));
  return { id: element.id || null, tag, text, index: Math.max(0, alike.indexOf(element)) };
}

/** The element a mark stands for, if the screen has it again. */
export function findMarked(mark: FocusMark): HTMLElement | null {
  const content = document.getElementById(screenContentId);
  if (!content) return null;
  const byId = mark.id ? document.getElementById(mark.id) : null;
  if (byId && content.contains(byId)) return byId;
  const alike = [...content.querySelectorAll<HTMLElement>(focusable)].filter((candidate) =>
    sameKind(candidate, mark.tag, mark.text),
  );
  return alike[mark.index] ?? alike[0] ?? null;
}

/** Called as the person leaves `entry` for a deeper screen. */
export function rememberPlace(entry: Route): void {
  if (typeof document === 'undefined') return;
  const active = document.activeElement;
  const pressed = lastPressed && Date.now() - lastPressed.at < 2000 ? lastPressed.element : null;
  places.set(entry, { top: screenScrollTop(), focus: markOf(active) ?? markOf(pressed) });
}

/** Back has returned to `entry`: the place kept for it is used once, on arrival. */
export function arriveBack(entry: Route): Place | undefined {
  const place = places.get(entry);
  places.delete(entry);
  arrival = place ? { entry, place } : null;
  return place;
}

/** The place to restore on this screen, if it was reached by Back. */
export function placeOnArrival(entry: Route): Place | undefined {
  return arrival?.entry === entry ? arrival.place : undefined;
}

export function leaveArrival(): void {
  arrival = null;
}

export function forgetPlace(entry: Route): void {
  places.delete(entry);
}

/**
 * Puts the person back at `place` once the screen is drawn far enough (a screen's parts may load
 * after it: the directory of Find help, the plan from the vault). Focus goes to what they opened the
 * next screen from, or, if it is gone, to the screen's heading; either is then scrolled just into the
 * part of the screen no bar covers (scroll-padding). Gives up waiting after `waitMs`, or as soon as
 * the person scrolls or touches the screen themself. Returns a function that stops waiting.
 */
export function restorePlace(place: Place, focusHeading: () => HTMLElement | null, waitMs = 3000): () => void {
  const scroller = screenScroller();
  let isDone = false;
  let observer: MutationObserver | null = null;
  // Waits no longer than this, drawn or not.
  const timer = setTimeout(() => finish(), waitMs);
  let grace: ReturnType<typeof setTimeout> | undefined;

  const canReach = () => !scroller || scroller.scrollHeight - scroller.clientHeight >= place.top - 1;
  const target = () => (place.focus ? findMarked(place.focus) : null);

  function finish() {
    if (isDone) return;
    stop();
    if (scroller) scroller.scrollTop = place.top;
    const element = target();
    if (element) {
      element.focus({ preventScroll: true });
      element.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    // The heading is the top of the screen: focused where it is, so the place they were at stays on
    // screen; only a heading partly in view is moved out from under a bar.
    const heading = focusHeading();
    if (!heading) return;
    heading.focus({ preventScroll: true });
    if (isPartlyInView(heading)) heading.scrollIntoView?.({ block: 'nearest' });
  }

  function isPartlyInView(element: Element): boolean {
    if (!scroller) return true;
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
  }

  function stop() {
    isDone = true;
    observer?.disconnect();
    clearTimeout(timer);
    if (grace !== undefined) clearTimeout(grace);
    for (const type of ['wheel', 'touchstart', 'keydown'] as const)
      scroller?.removeEventListener(type, onOwnMove, true);
  }

  // Their own move wins: no jump after they started reading or scrolling.
  function onOwnMove() {
    stop();
    const element = target() ?? focusHeading();
    element?.focus({ preventScroll: true });
  }

  // Far enough down, but what they came from is not (yet) there: it may still be drawn a moment later;
  // if not, the heading takes focus.
  const tryNow = () => {
    if (!canReach()) return;
    if (place.focus === null || target() !== null) finish();
    else grace ??= setTimeout(finish, 400);
  };

  tryNow();
  if (isDone) return stop;
  const content = document.getElementById('main') ?? document.body;
  observer = new MutationObserver(tryNow);
  observer.observe(content, { childList: true, subtree: true });
  for (const type of ['wheel', 'touchstart', 'keydown'] as const) scroller?.addEventListener(type, onOwnMove, true);
  return stop;
}
