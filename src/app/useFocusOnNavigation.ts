import { useEffect, useRef } from 'react';
import { useNavigation } from '../routing';
import { screenHeadingId } from '../ui';

/**
 * After a screen change, focus goes to the new heading so screen readers announce it. Not on the
 * first load: there the quick-exit button must stay the first keyboard stop.
 */
export function useFocusOnNavigation(): void {
  const { route } = useNavigation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    document.getElementById(screenHeadingId)?.focus();
  }, [route]);
}
