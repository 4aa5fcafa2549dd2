/**
 * Dutch phone numbers: one stored (normalised) form that a `tel:` link dials correctly, and one
 * display form that Dutch readers recognise.
 *
 * The stored form depends on the kind of number, because no single format dials everything:
 * - Short numbers (112, 113, 144 …) stay plain digits. They only exist as short codes; 112 works on
 *   any phone, the others only on Dutch networks.
 * - Service numbers (0800 free, 0900/0906/0909 paid) are stored as national digits: `08008115`.
 *   Many of them cannot be reached from abroad and many networks do not route them in international
 *   form (+31 800 …), so E.164 would turn a working number into a dead one.
 * - All other Dutch numbers (geographic such as 033, mobile 06, business 088/085 …) are stored in
 *   E.164: `+31334481186`. This dials correctly from a Dutch phone, and also from a phone with a
 *   foreign SIM card: many people who use Verder keep the SIM of their home country, and for them a
 *   national `0334481186` would be read as a number in that other country.
 */

/** 112, 113, 144, 1400 …: Dutch short codes start with 1 and have 3 to 5 digits. */
const shortNumberPattern = /^1\d{2,4}$/;
/** 0800-xxxx, 0900-xxxx and their 7-digit forms (0800-xxx xx xx). */
const serviceNumberPattern = /^0(?:800|900|906|909)(?:\d{4}|\d{7})$/;
/** +31 followed by the 9 digits of the national number without its leading 0. */
const e164Pattern = /^\+31[1-9]\d{8}$/;
const serviceInE164Pattern = /^\+31(?:800|900|906|909)/;

/** Area codes with two digits after the 0; all other geographic area codes have three. */
// prettier-ignore
const twoDigitAreaCodes = new Set([
  '10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46', '50',
  '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79',
]);

/** Non-geographic ranges (business numbers such as 088, internet telephony 085/084/087/091). */
const nonGeographicPrefixes = ['84', '85', '87', '88', '91'];

export function isShortNumber(normalised: string): boolean {
  return shortNumberPattern.test(normalised);
}

/** 0800 and 090x numbers: often not reachable from abroad or with a foreign SIM card. */
export function isServiceNumber(normalised: string): boolean {
  return serviceNumberPattern.test(normalised);
}

/** Whether a stored number is in the one normalised form this module uses for its kind. */
export function isWellFormed(normalised: string): boolean {
  if (isShortNumber(normalised) || isServiceNumber(normalised)) return true;
  return e164Pattern.test(normalised) && !serviceInE164Pattern.test(normalised);
}

/**
 * Turns a number as people write it ("033 448 11 86", "0800-8115", "+31 70 333 44 44",
 * "06-12 34 56 78") into the stored form, or null when it is not a Dutch number we can dial.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  const hasPlus = trimmed.startsWith('+');
  const digits = trimmed.replace(/\D/g, '');
  if (digits === '') return null;

  let national: string;
  if (hasPlus || digits.startsWith('00')) {
    // International form: +31… or 0031…; any other country code is not a Dutch number.
    const international = hasPlus ? digits : digits.slice(2);
    if (!international.startsWith('31')) return null;
    national = `0${international.slice(2)}`;
  } else {
    national = digits;
  }

  if (isShortNumber(national) || isServiceNumber(national)) return national;
  if (!/^0[1-9]\d{8}$/.test(national)) return null;
  const e164 = `+31${national.slice(1)}`;
  return isWellFormed(e164) ? e164 : null;
}

/** The national digits of a stored number: `+31334481186` → `0334481186`. */
function toNationalDigits(normalised: string): string {
  return normalised.startsWith('+31') ? `0${normalised.slice(3)}` : normalised;
}

/** Splits digits into groups of the given sizes, joined by spaces. */
function group(digits: string, sizes: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (const size of sizes) {
    parts.push(digits.slice(start, start + size));
    start += size;
  }
  return parts.join(' ');
}

/**
 * The Dutch way of writing a stored number: "033 448 11 86", "0800-8115", "0800-020 10 51",
 * "088 0767 000", "06 1234 5678", "0592 30 63 00", "112". A number that is not well formed is
 * returned unchanged, so a data error stays visible instead of being hidden by formatting.
 */
export function formatDutch(normalised: string): string {
  if (!isWellFormed(normalised)) return normalised;
  if (isShortNumber(normalised)) return normalised;
  if (isServiceNumber(normalised)) {
    const prefix = normalised.slice(0, 4);
    const rest = normalised.slice(4);
    return rest.length === 4 ? `${prefix}-${rest}` : `${prefix}-${group(rest, [3, 2, 2])}`;
  }

  const national = toNationalDigits(normalised);
  const afterZero = national.slice(1);
  if (afterZero.startsWith('6')) return `06 ${group(national.slice(2), [4, 4])}`;
  const twoDigits = afterZero.slice(0, 2);
  if (nonGeographicPrefixes.includes(twoDigits)) return `0${twoDigits} ${group(national.slice(3), [4, 3])}`;
  if (twoDigitAreaCodes.has(twoDigits)) return `0${twoDigits} ${group(national.slice(3), [3, 2, 2])}`;
  return `${national.slice(0, 4)} ${group(national.slice(4), [2, 2, 2])}`;
}

/** The `tel:` link for a stored number; the stored form is already what the phone should dial. */
export function toTelHref(normalised: string): string {
  return `tel:${normalised}`;
}

/** The `sms:` link for a stored number. */
export function toSmsHref(normalised: string): string {
  return `sms:${normalised}`;
}

/**
 * A WhatsApp link (`https://wa.me/31612345678`), only for numbers in international form: WhatsApp
 * cannot reach short or service numbers. Returns null for those.
 */
export function toWhatsAppUrl(normalised: string): string | null {
  if (!e164Pattern.test(normalised) || serviceInE164Pattern.test(normalised)) return null;
  return `https://wa.me/${normalised.slice(1)}`;
}
