import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ContactsT = ReturnType<typeof useTranslation<'contacts'>>['t'];
import { contacts } from '../../content/contacts/contacts';
import { municipalities } from '../../content/places/municipalities';
import { regions } from '../../content/places/regions';
import type { Contact, PurposeId, WelcomeGroup } from '../../domain/contact';
import { contactsForPlace, filterContacts, groupNational, reachableAt } from '../../domain/contactSelection';
import { dutchTime, nextDutchHour } from '../../domain/openingHours';
import { buildFirstRegion } from '../../lib/buildConfig';
import { useScreenMemory } from '../../routing';
import { Button, Notice, ScreenHeading, useScopedId, useAnnounceContent, useAnnounceChange } from '../../ui';
import { ContactCard } from './ContactCard';
import { ContactFiltersForm } from './ContactFiltersForm';
import { FilterChips } from './FilterChips';
import { KeepPlace } from './place/KeepPlace';
import { PlaceSearch } from './place/PlaceSearch';
import { ReachableNowList } from './ReachableNowList';
import { useNow } from './useNow';
import {
  countActiveFilters,
  initialFilters,
  noFilters,
  noPlace,
  spokenLanguages,
  toContactFilters,
  type FilterState,
  type PlaceResult,
} from './contactsView';

const languagesInData = spokenLanguages(contacts);

/**
 * "Find help": 112 first, whatever else is chosen; then a place search with the active filters as
 * removable chips; then the organisations for the chosen place and its region; then who can be
 * reached right now; then the national lines, grouped by what they are for and folded. The chosen
 * place lives in this screen's state only. The page is never empty: 112 stays at the top.
 */
export function ContactsScreen({ purpose, region }: { purpose?: PurposeId; region?: string }) {
  const sid = useScopedId();
  const { t } = useTranslation('contacts');
  const now = useNow();
  // Found again when the person comes Back from another screen; in memory only (a town says where
  // someone is), forgotten at quick exit and lock.
  const [placeResult, setPlaceResult] = useScreenMemory<PlaceResult>('place', () =>
    placeOfRegion(region ?? buildFirstRegion),
  );
  const [filters, setFilters] = useScreenMemory<FilterState>('filters', () => initialFilters(purpose));
  const statusRef = useRef<HTMLDivElement>(null);
  useAnnounceContent(statusRef);
  const resultsRef = useRef<HTMLDivElement>(null);
  const [scrollRequest, setScrollRequest] = useState(0);
  // Bumped when the place comes from the plan, so the search field starts again with that name.
  const [searchKey, setSearchKey] = useState(0);
  const onPlaceResult = (result: PlaceResult, isChosenFromList: boolean) => {
    setPlaceResult(result);
    // The tapped suggestion is gone: focus goes to what the search found, not to the page's start.
    if (isChosenFromList) requestAnimationFrame(() => statusRef.current?.focus({ preventScroll: true }));
    if (result.kind === 'found') setScrollRequest((count) => count + 1);
  };
  useEffect(() => {
    if (scrollRequest === 0) return;
    // The results start just below the search: bring them into view once a place is chosen.
    resultsRef.current?.scrollIntoView?.({ block: 'start' });
  }, [scrollRequest]);

  const emergency = useMemo(() => contacts.filter((contact) => contact.purposes[0] === 'emergency'), []);
  const filtered = useMemo(() => filterContacts(contacts, toContactFilters(filters)), [filters]);
  const nationalGroups = groupNational(filtered).filter((group) => group.purpose !== 'emergency');
  const place = placeResult.kind === 'found' ? placeResult.place : null;
  const forPlace = place ? contactsForPlace(place, filtered, regions) : null;
  const hasLocalWithoutFilters = place ? contactsForPlace(place, contacts, regions).local.length > 0 : false;
  const nationalLines = filtered.filter(
    (contact) => contact.scope === 'national' && contact.purposes[0] !== 'emergency',
  );
  const reachable = reachableAt(nationalLines, now);
  // By day, also who answers in the coming night (at 02:00), for a bad night later.
  const isNight = dutchTime(now).minutes < 7 * 60 || dutchTime(now).minutes >= 22 * 60;
  const tonight = isNight ? [] : reachableAt(nationalLines, nextDutchHour(now, 2));
  const clock = dutchTime(now);
  const time = `${String(Math.floor(clock.minutes / 60)).padStart(2, '0')}:${String(clock.minutes % 60).padStart(2, '0')}`;

  const shownCount =
    nationalGroups.reduce((sum, group) => sum + group.contacts.length, 0) +
    (forPlace?.local.length ?? 0) +
    (forPlace?.nearbyRegions.reduce((sum, nearby) => sum + nearby.contacts.length, 0) ?? 0);
  const hasFilters = countActiveFilters(filters) > 0;
  useAnnounceChange(hasFilters ? t('filters.matchCount', { count: shownCount }) : '');

  return (
    <>
      <ScreenHeading>{t('screen.title')}</ScreenHeading>
      <p className="lead">{t('screen.intro')}</p>

      <section aria-labelledby={sid('contacts-emergency')} className="emergency">
        <h2 id={sid('contacts-emergency')}>{t('purposes.emergency')}</h2>
        <ContactList contacts={emergency} />
      </section>

      <section aria-labelledby={sid('contacts-search')} className="contacts-tools">
        <h2 id={sid('contacts-search')}>{t('search.heading')}</h2>
        <PlaceSearch
          key={searchKey}
          result={placeResult}
          onResult={onPlaceResult}
          initialQuery={placeResult.kind === 'found' ? placeResult.place.name : ''}
        />
        <div className="search-status" ref={statusRef} tabIndex={-1}>
          <PlaceStatus
            result={placeResult}
            hasLocal={(forPlace?.local.length ?? 0) > 0}
            hasLocalWithoutFilters={hasLocalWithoutFilters}
          />
        </div>
        <KeepPlace
          place={place}
          onUse={(kept) => {
            setSearchKey((count) => count + 1);
            onPlaceResult({ kind: 'found', place: kept }, false);
          }}
        />
        <FilterChips
          filters={filters}
          onRemove={(change) => setFilters({ ...filters, ...change })}
          labelOf={(key, group?: WelcomeGroup, value?: string) => chipLabel(t, key, group, value)}
        />
        <ContactFiltersForm filters={filters} languages={languagesInData} onChange={setFilters} />
        <p className="quiet small filter-status">{hasFilters ? t('filters.matchCount', { count: shownCount }) : ''}</p>
      </section>

      <div ref={resultsRef} className="contacts-results">
        {hasFilters && shownCount === 0 && (
          <Notice tone="polite">
            <p>{t('filters.noResults')}</p>
            <Button onClick={() => setFilters(noFilters)}>{t('filters.clearAll')}</Button>
          </Notice>
        )}

        {place && forPlace && (
          <>
            {place.isRegionApproximate && (
              <p className="quiet">{t('search.regionApproximate', { place: place.name })}</p>
            )}
            {forPlace.local.length > 0 && (
              <section aria-labelledby={sid('contacts-local')}>
                <h2 id={sid('contacts-local')}>{t('search.localHeading', { place: place.name })}</h2>
                <ContactList contacts={forPlace.local} />
              </section>
            )}
            {forPlace.nearbyRegions.map(({ region: nearby, contacts: regionContacts }) => (
              <section key={nearby.id}>
                <h2 id={sid(`contacts-region-${nearby.id}`)}>
                  {t('search.nearbyRegionHeading', { region: nearby.name })}
                </h2>
                <ContactList contacts={regionContacts} />
              </section>
            ))}
          </>
        )}

        <section className="reachable-now">
          <h2 id={sid('contacts-now')}>{t('now.heading')}</h2>
          <p className="quiet small">{t('now.intro', { time })}</p>
          {reachable.length > 0 ? <ReachableNowList entries={reachable} /> : <p>{t('now.none')}</p>}
          {tonight.length > 0 && (
            <details className="purpose-group tonight">
              <summary>{t('now.tonight')}</summary>
              <ReachableNowList entries={tonight} />
            </details>
          )}
        </section>

        {/* A real heading over the national groups (audit m8): the groups are h3 under it, their cards h4. */}
        {nationalGroups.length > 0 && <h2 className="section-label">{t('search.nationalHeading')}</h2>}
        {nationalGroups.map((group) => (
          <details key={group.purpose} className="purpose-group">
            <summary>
              <h3 className="purpose-group__heading">{t(`purposes.${group.purpose}`)}</h3>
            </summary>
            <ContactList contacts={group.contacts} headingLevel={4} />
          </details>
        ))}
      </div>

      <section className="sources">
        <h2 id={sid('contacts-about')}>{t('screen.aboutHeading')}</h2>
        <p>{t('screen.aboutSources')}</p>
        <p>{t('screen.aboutCoordinatorDirectory')}</p>
      </section>
    </>
  );
}

function chipLabel(
  t: ContactsT,
  key: keyof FilterState,
  group: WelcomeGroup | undefined,
  value: string | undefined,
): string {
  switch (key) {
    case 'purpose':
      return value ? t(`purposes.${value as PurposeId}`) : '';
    case 'language':
      return value ?? '';
    case 'isAnonymous':
      return t('filters.anonymous');
    case 'isFree':
      return t('filters.free');
    case 'hasWalkIn':
      return t('filters.walkIn');
    case 'welcomes': {
      const keys = {
        men: 'filters.welcomesMen',
        trans: 'filters.welcomesTrans',
        migrants: 'filters.welcomesMigrants',
        undocumented: 'filters.welcomesUndocumented',
      } as const;
      return group ? t(keys[group]) : '';
    }
  }
}

/**
 * A region chosen elsewhere (e.g. while showing someone), or the one an organisation's build starts
 * with, starts the screen at its centre municipality.
 */
function placeOfRegion(regionId: string | undefined): PlaceResult {
  const centreId = regions.find((candidate) => candidate.id === regionId)?.centreMunicipalityId;
  const place = municipalities.find((municipality) => municipality.id === centreId);
  return place ? { kind: 'found', place } : noPlace;
}

function ContactList({ contacts: shown, headingLevel }: { contacts: readonly Contact[]; headingLevel?: 3 | 4 }) {
  return (
    <div className="contact-list">
      {shown.map((contact) => (
        <ContactCard key={contact.id} contact={contact} headingLevel={headingLevel} />
      ))}
    </div>
  );
}

/** What the search did, in words: read out by screen readers when it changes. */
function PlaceStatus({
  result,
  hasLocal,
  hasLocalWithoutFilters,
}: {
  result: PlaceResult;
  hasLocal: boolean;
  hasLocalWithoutFilters: boolean;
}) {
  const { t } = useTranslation('contacts');
  switch (result.kind) {
    case 'none':
      return null;
    case 'found': {
      const place = result.place.name;
      if (hasLocal) return <p className="notice">{t('search.found', { place })}</p>;
      if (hasLocalWithoutFilters) return <p className="notice">{t('filters.noLocalMatch', { place })}</p>;
      return <p className="notice">{t('search.noLocal')}</p>;
    }
    case 'choose':
      return <p className="notice">{result.isAmbiguous ? t('search.ambiguous') : t('search.chooseOne')}</p>;
    case 'unknown':
      return <p className="notice notice--alert">{t('search.unknownPlace')}</p>;
  }
}
