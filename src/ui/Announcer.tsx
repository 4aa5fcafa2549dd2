import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { announce, readAnnouncements, subscribeAnnouncements, type AnnounceTone } from '../lib/announcer';
import { useIsScopedCopy } from './IdScope';

/**
 * The page's only two live regions, rendered once by the shell: in the DOM from the first render and
 * empty, so every later change is read. Everything else in the app calls `announce` (src/lib/announcer).
 */
export function Announcer() {
  const state = useSyncExternalStore(subscribeAnnouncements, readAnnouncements, readAnnouncements);
  return (
    <div className="visually-hidden" data-testid="announcer">
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="announce-polite">
        {state.polite.text ? <span key={state.polite.key}>{state.polite.text}</span> : null}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-testid="announce-assertive">
        {state.assertive.text ? <span key={state.assertive.key}>{state.assertive.text}</span> : null}
      </div>
    </div>
  );
}

/**
 * `announce` for components. Silent in the second copy of a screen (showing someone side by side),
 * so a message is said once, not once per column.
 */
export function useAnnounce(): (text: string, tone?: AnnounceTone) => void {
  const isCopy = useIsScopedCopy();
  return useCallback(
    (text: string, tone: AnnounceTone = 'polite') => {
      if (!isCopy) announce(text, tone);
    },
    [isCopy],
  );
}

/**
 * Announces `text` each time it changes to something non-empty: what a live region around the text
 * used to do. With `onMount`, also when the component appears with the text (a message that appears
 * because the person did something); without it, the text a screen starts with is read with the screen.
 */
export function useAnnounceChange(text: string, tone: AnnounceTone = 'polite', options: { onMount?: boolean } = {}) {
  const say = useAnnounce();
  const previous = useRef<string | null>(options.onMount ? null : text);
  useEffect(() => {
    if (previous.current === text) return;
    previous.current = text;
    if (text) say(text, tone);
  }, [text, tone, say]);
}

/**
 * The same for text drawn by other components (a status line built from parts): reads the element's
 * text after each render and announces it when it changed. `onMount`: also the text it first shows.
 */
export function useAnnounceContent(
  ref: RefObject<HTMLElement | null>,
  tone: AnnounceTone = 'polite',
  options: { onMount?: boolean; silent?: boolean } = {},
) {
  const say = useAnnounce();
  const previous = useRef<string | null>(null);
  const { onMount = false, silent = false } = options;
  useLayoutEffect(() => {
    const next = (ref.current?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (previous.current === next) return;
    const isFirst = previous.current === null;
    previous.current = next;
    if (silent || !next || (isFirst && !onMount)) return;
    say(next, tone);
  });
}
