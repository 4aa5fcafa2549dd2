/**
 * The screen scrolls in its own area between the quick-exit bar and the bottom bar, not the window.
 * Whatever scrolls "the page" scrolls this area; in print (normal flow) it falls back to the window.
 */
export const screenScrollId = 'screen-scroll';

/** The element that scrolls the current screen: the screen's area, or the document when it does not scroll. */
export function screenScroller(): Element | null {
  if (typeof document === 'undefined') return null;
  const area = document.getElementById(screenScrollId);
  if (area && /auto|scroll/.test(getComputedStyle(area).overflowY)) return area;
  return document.scrollingElement;
}

export function screenScrollTop(): number {
  return screenScroller()?.scrollTop ?? 0;
}

export function scrollScreenTo(top: number): void {
  const scroller = screenScroller();
  if (!scroller) return;
  if (typeof scroller.scrollTo === 'function') scroller.scrollTo({ top });
  else scroller.scrollTop = top;
}
