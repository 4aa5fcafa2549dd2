import { useEffect } from 'react';

/**
 * An in-page link ("#…") adds a same-document history entry, and Back after quick exit would reach
 * it. Verder has none of its own; this catches any that arrive anyway (translated text, a future
 * component) and turns them into a focus move that adds nothing to the history.
 */
export function useNoFragmentNavigation(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = link?.getAttribute('href');
      if (!link || !href?.startsWith('#')) return;
      event.preventDefault();
      const target = href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      }
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, []);
}
