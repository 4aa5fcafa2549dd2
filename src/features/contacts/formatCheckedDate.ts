/** "2026-11-28" as the reader writes dates, e.g. "28 november 2026"; no time zone shifts a calendar date. */
export function formatCheckedDate(isoDate: string, language: string): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
