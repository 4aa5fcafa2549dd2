import { useTranslation } from 'react-i18next';
import { languageNamer } from '../../lib/languageName';
import type { WelcomeGroup } from '../../domain/contact';
import type { FilterState } from './contactsView';

/**
 * The filters that are on, as small buttons: tapping one switches that filter off. The full form
 * stays folded below, so a preset filter never pushes the results off the screen.
 */
export function FilterChips({
  filters,
  onRemove,
  labelOf,
}: {
  filters: FilterState;
  onRemove: (change: Partial<FilterState>) => void;
  labelOf: (key: keyof FilterState, group?: WelcomeGroup, value?: string) => string;
}) {
  const { t, i18n } = useTranslation('contacts');
  const chips: { id: string; label: string; change: Partial<FilterState> }[] = [];
  if (filters.purpose) {
    chips.push({ id: 'purpose', label: labelOf('purpose', undefined, filters.purpose), change: { purpose: '' } });
  }
  if (filters.language) {
    chips.push({ id: 'language', label: languageNamer(i18n.language)(filters.language), change: { language: '' } });
  }
  for (const key of ['isAnonymous', 'isFree', 'hasWalkIn'] as const) {
    if (filters[key]) chips.push({ id: key, label: labelOf(key), change: { [key]: false } });
  }
  for (const group of filters.welcomes) {
    chips.push({
      id: `welcomes-${group}`,
      label: labelOf('welcomes', group),
      change: { welcomes: filters.welcomes.filter((other) => other !== group) },
    });
  }
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={t('chips.label')}>
      {chips.map((chip) => (
        <li key={chip.id}>
          <button
            type="button"
            className="filter-chip"
            aria-label={t('chips.remove', { filter: chip.label })}
            onClick={() => onRemove(chip.change)}
          >
            {chip.label} <span aria-hidden="true">✕</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
