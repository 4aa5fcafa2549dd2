import { useEffect, useRef } from 'react';
import { useNavigation } from '../routing';
import { placeOnArrival, restorePlace } from '../routing/placeMemory';
import { screenHeadingId } from '../ui';

/**
 * After a screen change, focus goes to the new heading so screen readers announce it. Not on the
 * first load: there the quick-exit button must stay the first keyboard stop. A screen that is still
 * loading (lazy chunk) gets focus as soon as its heading appears. After Back, the person is put where
 * they were on that screen instead: scrolled as far, with focus on what they opened the next screen
 * from (or on the heading if it is gone), never under a bar (src/routing/placeMemory.ts).
 */
export function useFocusOnNavigation(): void {
  const { route } = useNavigation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const headingNow = () => document.getElementById(screenHeadingId);
    const place = placeOnArrival(route);
    if (place) return restorePlace(place, headingNow);
    const focusHeading = () => {
      const heading = headingNow();
      heading?.focus();
      return heading !== null;
    };
    if (focusHeading()) return;
    const main = document.getElementById('main');
    if (!main) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [route]);
}
