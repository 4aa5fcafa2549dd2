/**
 * The one way a form in the vault saves: check every field, and if one is wrong move focus to the
 * first field that says why (so a screen reader user hears it) and store nothing; otherwise save,
 * keeping what was typed if saving fails (full disk, another tab) so that saving again works.
 * While the form is open, what it holds is saved first if the app is about to reload for an update,
 * and — for a form given `keep` — when the vault is locked by the person or by auto-lock.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { registerPendingSave } from './pendingSaves';

export type FormCheck<F> = { ok: true; fields: F } | { ok: false; errors: Record<string, string> };

interface VaultFormOptions<F> {
  /** Checks the values as they are now; error values are short codes the form translates. */
  check: () => FormCheck<F>;
  save: (fields: F) => Promise<unknown>;
  /** Whether anything was typed since the form opened: an untouched form is not saved before an update. */
  isChanged: () => boolean;
  /** After a save from the form's own button (not the one before an update), e.g. to empty a new-item form. */
  onSaved?: () => void;
  /**
   * The quiet save at a lock: it runs after the screen has locked, so it says nothing and moves no
   * focus. Without it, what the form holds is wiped at the lock (as before).
   */
  keep?: (fields: F) => Promise<unknown>;
}

export function useVaultForm<F>(options: VaultFormOptions<F>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(
    () =>
      registerPendingSave(
        async () => {
          const { check, save, isChanged } = latest.current;
          const result = check();
          if (isChanged() && result.ok) await save(result.fields);
        },
        () => {
          const { check, keep, isChanged } = latest.current;
          if (!keep || !isChanged()) return null;
          const result = check();
          if (!result.ok) return 'incomplete';
          const { fields } = result;
          return () => keep(fields);
        },
      ),
    [],
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const result = options.check();
    if (!result.ok) {
      setErrors(result.errors);
      // After the errors are on screen: the first wrong field is the one marked invalid.
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setIsSaving(true);
    try {
      await options.save(result.fields);
      setHasFailed(false);
      options.onSaved?.();
    } catch {
      setHasFailed(true);
    } finally {
      setIsSaving(false);
    }
  };

  return { errors, isSaving, hasFailed, submit };
}
