import { useTranslation } from 'react-i18next';

/** A stored day (2026-12-03) as the reader's language writes it; a bad value is shown as it is. */
export function useFormatDay(): (day: string) => string {
  const { i18n } = useTranslation();
  return (day) => {
    const date = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return day;
    return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  };
}

/**
 * An appointment's day as people think of it: the weekday first ("di 8 dec"), the year only when it is
 * not this year, and how far away it is ("morgen", "over 5 dagen") in the reader's language.
 */
export function useFormatAppointmentDay(now: Date = new Date()): (day: string) => { day: string; relative: string } {
  const { i18n } = useTranslation();
  return (day) => {
    const date = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return { day, relative: '' };
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    const days = Math.round((date.getTime() - today) / 86_400_000);
    const sameYear = date.getUTCFullYear() === now.getFullYear();
    const formatted = new Intl.DateTimeFormat(i18n.language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: sameYear ? undefined : 'numeric',
      timeZone: 'UTC',
    }).format(date);
    const relative = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(days, 'day');
    return { day: formatted, relative };
  };
}
