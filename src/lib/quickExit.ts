/**
 * Quick exit: hide everything at once, let features forget what they hold in memory
 * (speech, unlocked keys), then replace this page in history with a neutral site.
 * location.replace (not assign) so Back does not return to Verder.
 */
type ExitListener = () => void;

const listeners = new Set<ExitListener>();

/** Features register what must stop or be forgotten at quick exit (e.g. read-aloud, an unlocked plan). */
export function onQuickExit(listener: ExitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface ExitTarget {
  replace(url: string): void;
}

export function quickExit(exitUrl: string, doc: Document = document, target: ExitTarget = window.location): void {
  // Blank first: the replace can take a moment on a slow network, and the screen must be gone now.
  doc.documentElement.classList.add('is-exiting');
  doc.body.replaceChildren();
  doc.title = '';
  for (const listener of listeners) {
    try {
      listener();
    } catch {
      // A failing listener must never keep the person on this page.
    }
  }
  target.replace(exitUrl);
}
