/**
 * Keeps the keyboard focus a person gave the prerendered page (a Tab to quick exit, say) while the app
 * takes that page over. Where the prerendered page is in another language than the person's (a first
 * visit from a browser that does not speak Dutch), the app draws the screen afresh, and the control
 * that had focus is replaced by its twin: focus fell to <body>, and the next Tab started again at the
 * top. The place is remembered as child positions under #root, as the first script does for a held
 * tap (src/firstScript/quick-exit.js): the fresh screen holds the same control in the same place.
 */
interface Place {
  readonly path: readonly number[];
  readonly tagName: string;
  readonly className: string;
}

function placeOf(root: Element, element: Element): Place | null {
  const path: number[] = [];
  let current: Element | null = element;
  while (current && current !== root) {
    const parent: Element | null = current.parentElement;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.children, current));
    current = parent;
  }
  return current === root && path.length > 0 ? { path, tagName: element.tagName, className: element.className } : null;
}

function elementAt(root: Element, place: Place): HTMLElement | null {
  let element: Element | undefined = root;
  for (const index of place.path) element = element?.children[index];
  if (!(element instanceof HTMLElement)) return null;
  return element.tagName === place.tagName && element.className === place.className ? element : null;
}

/**
 * Starts remembering where focus is under `root` (now, and at every focus change until the returned
 * function is called). The returned function gives focus back to the same place, unless focus is
 * already somewhere under `root` (then the app or the person put it there) or nothing had focus.
 */
export function keepFocusAcrossStart(root: HTMLElement, doc: Document = document): () => void {
  let place: Place | null = null;
  const remember = () => {
    const active = doc.activeElement;
    if (active && active !== root && root.contains(active)) place = placeOf(root, active);
  };
  remember();
  doc.addEventListener('focusin', remember, true);
  return () => {
    doc.removeEventListener('focusin', remember, true);
    const active = doc.activeElement;
    if (place === null || (active && active !== doc.body && root.contains(active))) return;
    elementAt(root, place)?.focus({ preventScroll: true });
  };
}
