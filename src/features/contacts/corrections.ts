/**
 * Where a person can report a wrong detail: set by the organisation that ships the build, with
 * `VITE_CONTACTS_CORRECTIONS=ons@voorbeeld.nl` (or an https address) at build time. None by default.
 */
export interface CorrectionsTarget {
  href: string;
  label: string;
}

export function correctionsTarget(value: unknown): CorrectionsTarget | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (/^[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}$/i.test(trimmed)) return { href: `mailto:${trimmed}`, label: trimmed };
  if (/^https:\/\/[^\s/<>"']+(?:\/[^\s<>"']*)?$/.test(trimmed)) {
    return { href: trimmed, label: new URL(trimmed).hostname };
  }
  return null;
}

export const buildCorrections: CorrectionsTarget | null = correctionsTarget(import.meta.env.VITE_CONTACTS_CORRECTIONS);
