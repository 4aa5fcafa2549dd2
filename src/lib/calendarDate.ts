/** Calendar dates as readers write them, in every language: shared by source lines and check dates. */
/** Dutch readers get "28 november 2026"; English readers get the day first too, never the US order. */
function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** "2026-11-28" as the reader writes dates; no time zone shifts a calendar date. */
export function formatCheckedDate(isoDate: string, language: string): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(localeFor(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A source's own date, as precise as the source is: "2020", "juli 2020" or "3 oktober 2025".
 * Never more precise than what the source shows.
 */
export function formatSourceDate(partialDate: string, language: string): string {
  const [year = 1970, month] = partialDate.split('-').map(Number);
  if (month === undefined) return String(year);
  if (partialDate.length === 7) {
    return new Intl.DateTimeFormat(localeFor(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, 1)),
    );
  }
  return formatCheckedDate(partialDate, language);
}
