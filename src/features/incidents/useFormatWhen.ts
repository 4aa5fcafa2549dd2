import { useTranslation } from 'react-i18next';

/** Dates and times as the reader's language writes them; a value that is no date is shown as it is. */
export function useFormatWhen() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    /** A moment the phone recorded (written, changed). */
    moment: (at: number) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at)),
    /** The day and time the person typed, in no time zone: it is what they wrote. */
    typed: (day: string, time: string) => {
      const date = new Date(`${day}T00:00:00Z`);
      if (Number.isNaN(date.getTime())) return `${day} ${time}`.trim();
      const formatted = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
      return time ? `${formatted}, ${time}` : formatted;
    },
  };
}
