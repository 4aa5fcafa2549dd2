import { useTranslation } from 'react-i18next';

type ContactsT = ReturnType<typeof useTranslation<'contacts'>>['t'];
import { openAt, type Hours } from '../../domain/openingHours';

/** The name of an ISO weekday (1 = Monday) in the reader's language. */
function weekdayName(weekday: number, language: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/** "Open now", "Closed now · opens at 09:00", "Day and night" or "Hours not known", worked out offline. */
export function openStatusText(
  hours: Hours,
  now: Date,
  t: ContactsT,
  language: string,
): { text: string; isOpen: boolean | null } {
  const state = openAt(hours, now);
  switch (state.status) {
    case 'always':
      return { text: t('hours.always'), isOpen: true };
    case 'unknown':
      return { text: t('hours.unknown'), isOpen: null };
    case 'open':
      return { text: t('hours.openUntil', { time: state.until }), isOpen: true };
    case 'closed':
      if (state.opensAt === null) return { text: t('hours.closed'), isOpen: false };
      if (state.daysAhead === 0) return { text: t('hours.opensToday', { time: state.opensAt }), isOpen: false };
      return {
        text: t('hours.opensOn', { day: weekdayName(state.weekday, language), time: state.opensAt }),
        isOpen: false,
      };
  }
}

export function OpenStatus({ hours, now, prefix }: { hours: Hours; now: Date; prefix?: string }) {
  const { t, i18n } = useTranslation('contacts');
  const { text, isOpen } = openStatusText(hours, now, t, i18n.language);
  const tone = isOpen === null ? 'unknown' : isOpen ? 'open' : 'closed';
  return (
    <span className={`open-status open-status--${tone}`} data-open={tone}>
      {prefix ? `${prefix}: ${text}` : text}
    </span>
  );
}
