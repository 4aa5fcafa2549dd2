/**
 * Moves focus to the element with `id` as soon as it is in the page: at once when it is there,
 * otherwise when it appears (a screen part that renders after a save or after the plan locks).
 * Gives up after `waitMs`, so a later, unrelated render never pulls focus away. `select` picks an
 * element inside it (e.g. its first button). Returns a function that stops waiting.
 */
export function focusSoon(id: string, options: { select?: string; waitMs?: number; doc?: Document } = {}): () => void {
  const doc = options.doc ?? document;
  const tryFocus = (): boolean => {
    const found = doc.getElementById(id);
    const target = found && options.select ? found.querySelector<HTMLElement>(options.select) : found;
    if (!target) return false;
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'nearest' });
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), options.waitMs ?? 3000);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(doc.body, { childList: true, subtree: true });
  return stop;
}

/** After a refused submit: focus the form's first field marked invalid, once the errors are drawn. */
export function focusFirstInvalid(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
