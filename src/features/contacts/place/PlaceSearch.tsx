import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalities } from '../../../content/places/municipalities';
import { normalisePlace, suggestPlaces, type Municipality } from '../../../domain/placeSearch';
import { Button, useAnnounceChange } from '../../../ui';
import { noPlace, searchPlace, suggestionLimit, type PlaceResult } from '../contactsView';

/**
 * A plain text field with a list of place buttons under it while typing. No geolocation, no
 * request: the list of municipalities ships with the app. What is typed lives only in this screen's
 * memory, and the browser is asked not to remember it (autocomplete off).
 */
export function PlaceSearch({
  result,
  onResult,
  initialQuery = '',
}: {
  result: PlaceResult;
  /** What the field holds at first, e.g. the place of a region chosen before opening the screen. */
  initialQuery?: string;
  /** `isChosenFromList`: the tapped suggestion disappears, so the screen moves focus to the result. */
  onResult: (result: PlaceResult, isChosenFromList: boolean) => void;
}) {
  const { t } = useTranslation('contacts');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [isTyping, setIsTyping] = useState(false);
  const suggestions = useMemo(() => suggestPlaces(query, municipalities, suggestionLimit), [query]);
  useAnnounceChange(isTyping && query.trim() !== '' ? t('search.suggestionCount', { count: suggestions.length }) : '');
  const isShowingSuggestions = suggestions.length > 0 && (isTyping || result.kind === 'choose');

  const choose = (place: Municipality) => {
    setQuery(place.name);
    setIsTyping(false);
    onResult({ kind: 'found', place }, true);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsTyping(false);
    onResult(searchPlace(query, municipalities), false);
  };
  const clear = () => {
    setQuery('');
    setIsTyping(false);
    onResult(noPlace, false);
    inputRef.current?.focus();
  };

  return (
    // Named, so that two copies of the screen (two languages side by side) have distinct search landmarks.
    <form role="search" className="place-search" onSubmit={onSubmit} aria-label={t('search.heading')}>
      <label htmlFor={`${id}-input`} className="place-search__label">
        {t('search.label')}
      </label>
      <p id={`${id}-privacy`} className="quiet small place-search__hint">
        {t('search.privacy')}
      </p>
      <div className="place-search__row">
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="text-input"
          type="text"
          value={query}
          placeholder={t('search.placeholder')}
          aria-describedby={`${id}-privacy`}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="words"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(event) => {
            setQuery(event.target.value);
            setIsTyping(true);
          }}
        />
        <Button type="submit" variant="primary">
          {t('search.submit')}
        </Button>
      </div>
      {(query !== '' || result.kind !== 'none') && (
        <Button className="place-search__clear" onClick={clear}>
          {t('search.clear')}
        </Button>
      )}
      {isShowingSuggestions && (
        <div className="suggestions">
          <p id={`${id}-suggestions`} className="quiet small suggestions__label">
            {t('search.suggestions')}
          </p>
          <ul className="suggestion-list" aria-labelledby={`${id}-suggestions`}>
            {suggestions.map(({ municipality, matchedName }) => (
              <li key={municipality.id}>
                <button type="button" className="suggestion" onClick={() => choose(municipality)}>
                  <span className="suggestion__name">{municipality.name}</span>
                  {!normalisePlace(municipality.name).startsWith(normalisePlace(matchedName)) && (
                    <>
                      {' '}
                      <span className="quiet">· {matchedName}</span>
                    </>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
