/**
 * A plain strength hint for a passphrase. Not a guarantee — a hint that nudges towards a few words
 * in a row, which are easy to remember and hard to guess. Length counts most.
 */
export type PassphraseStrength = 'tooShort' | 'weak' | 'good' | 'strong';

export const minimumPassphraseLength = 8;

const guessable = /^(.)\1+$|^(0123456789|1234567890|abcdefgh|qwertyui|password|wachtwoord|welkom|verder)/i;

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < minimumPassphraseLength) return 'tooShort';
  if (guessable.test(passphrase.trim())) return 'weak';
  const words = passphrase
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= 2).length;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^\da-zA-Z\s]/].filter((kind) => kind.test(passphrase)).length;
  if (length >= 20 || (words >= 4 && length >= 16)) return 'strong';
  if (length >= 12 || (length >= 10 && kinds >= 3)) return 'good';
  return 'weak';
}
