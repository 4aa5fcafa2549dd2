import { useEffect, type RefObject } from 'react';

/**
 * Publishes a sticky bar's height as a CSS variable on <html>, so the page's scroll padding keeps the
 * focused control out from under the bar (WCAG 2.4.11) at any text size and in any language.
 */
export function useStickySize(ref: RefObject<HTMLElement | null>, variable: string): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(variable, `${element.getBoundingClientRect().height}px`);
    publish();
    if (typeof ResizeObserver === 'undefined') return () => root.style.removeProperty(variable);
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(variable);
    };
  }, [ref, variable]);
}
