import { useId, useMemo, useState } from 'react';
import { languageNamer } from '../../lib/languageName';
import { useTranslation } from 'react-i18next';
import { purposeIds, type WelcomeGroup } from '../../domain/contact';
import { Button, useAnnounce } from '../../ui';
import { countActiveFilters, noFilters, type FilterState } from './contactsView';

type YesFilter = 'isAnonymous' | 'isFree' | 'hasWalkIn';

const yesFilters = [
  { key: 'isAnonymous', label: 'filters.anonymous' },
  { key: 'isFree', label: 'filters.free' },
  { key: 'hasWalkIn', label: 'filters.walkIn' },
] as const satisfies readonly { key: YesFilter; label: string }[];

const welcomeFilters = [
  { group: 'men', label: 'filters.welcomesMen' },
  { group: 'trans', label: 'filters.welcomesTrans' },
  { group: 'migrants', label: 'filters.welcomesMigrants' },
  { group: 'undocumented', label: 'filters.welcomesUndocumented' },
] as const satisfies readonly { group: WelcomeGroup; label: string }[];

/** Native controls in a <details>: closed by default, open when a filter arrived with the screen. */
export function ContactFiltersForm({
  filters,
  languages,
  onChange,
}: {
  filters: FilterState;
  languages: readonly string[];
  onChange: (filters: FilterState) => void;
}) {
  const { t, i18n } = useTranslation('contacts');
  const id = useId();
  const activeCount = countActiveFilters(filters);
  const say = useAnnounce();
  const [isOpen, setIsOpen] = useState(activeCount > 0);
  const languageOptions = useMemo(() => {
    // Language names in the reader's own language, from the browser: no list to translate.
    const nameOf = languageNamer(i18n.language);
    return languages
      .map((code) => ({ code, name: nameOf(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  }, [languages, i18n.language]);
  const toggleWelcome = (group: WelcomeGroup, isChecked: boolean) =>
    onChange({
      ...filters,
      welcomes: isChecked ? [...filters.welcomes, group] : filters.welcomes.filter((other) => other !== group),
    });

  return (
    <details
      className="filters"
      open={isOpen}
      onToggle={(event) => setIsOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className="filters__summary">
        {t('filters.heading')}
        {activeCount > 0 && (
          <span className="filters__count"> · {t('filters.activeCount', { count: activeCount })}</span>
        )}
      </summary>
      <div className="filters__body">
        <p className="quiet small">{t('filters.onlyStated')}</p>
        <div className="field">
          <label htmlFor={`${id}-purpose`}>{t('filters.purpose')}</label>
          <select
            id={`${id}-purpose`}
            value={filters.purpose}
            onChange={(event) => {
              const purpose = purposeIds.find((candidate) => candidate === event.target.value);
              onChange({ ...filters, purpose: purpose ?? '' });
            }}
          >
            <option value="">{t('filters.anyPurpose')}</option>
            {purposeIds
              .filter((purpose) => purpose !== 'emergency')
              .map((purpose) => (
                <option key={purpose} value={purpose}>
                  {t(`purposes.${purpose}`)}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('filters.language')}</label>
          <select
            id={`${id}-language`}
            value={filters.language}
            onChange={(event) => onChange({ ...filters, language: event.target.value })}
          >
            <option value="">{t('filters.anyLanguage')}</option>
            {languageOptions.map((language) => (
              <option key={language.code} value={language.code}>
                {language.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="filters__checks">
          <legend>{t('filters.onlyShow')}</legend>
          {yesFilters.map((filter) => (
            <label key={filter.key} className="choice">
              <input
                type="checkbox"
                checked={filters[filter.key]}
                onChange={(event) => onChange({ ...filters, [filter.key]: event.target.checked })}
              />
              {t(filter.label)}
            </label>
          ))}
          {welcomeFilters.map((filter) => (
            <label key={filter.group} className="choice">
              <input
                type="checkbox"
                checked={filters.welcomes.includes(filter.group)}
                onChange={(event) => toggleWelcome(filter.group, event.target.checked)}
              />
              {t(filter.label)}
            </label>
          ))}
        </fieldset>
        {/* aria-disabled, not disabled: a disabled button drops the focus that pressed it. */}
        <Button
          aria-disabled={activeCount === 0}
          onClick={() => {
            if (activeCount === 0) return;
            onChange(noFilters);
            say(t('filters.cleared'));
          }}
        >
          {t('filters.clearAll')}
        </Button>
      </div>
    </details>
  );
}
