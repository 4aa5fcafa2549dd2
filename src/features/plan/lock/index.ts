/**
 * Turning the lock on, off or changing it, and the extra safeguards (erase after wrong passphrases),
 * as the person sees them on "Lock and copies". The lock itself — keys, sealing, auto-lock — lives in
 * src/features/vault; these are only its settings screens, and the passphrase fields that the export
 * copy shares.
 */
export { ExtraSafeguards } from './ExtraSafeguards';
export { LockSettings } from './LockSettings';
export { newPassphraseError, PassphraseFields } from './PassphraseFields';
export type { NewPassphrase } from './PassphraseFields';
