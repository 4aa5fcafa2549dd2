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
