import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contacts } from '../../content/contacts/contacts';
import { municipalities } from '../../content/places/municipalities';
import { regions } from '../../content/places/regions';
import type { Contact, PurposeId } from '../../domain/contact';
import { contactsForPlace, filterContacts, groupNational } from '../../domain/contactSelection';
import { Button, Notice, ScreenHeading, useScopedId } from '../../ui';
import { ContactCard } from './ContactCard';
import { ContactFiltersForm } from './ContactFiltersForm';
import { PlaceSearch } from './PlaceSearch';
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
 * "Find help": the emergency line first, whatever else is chosen; then a place search and filters;
 * then organisations near the place and the national lines grouped by what they are for. The page
 * is never empty: when nothing matches, it says so, and 112 stays at the top.
 */
export function ContactsScreen({ purpose, region }: { purpose?: PurposeId; region?: string }) {
  const sid = useScopedId();
  const { t } = useTranslation('contacts');
  const [placeResult, setPlaceResult] = useState<PlaceResult>(() => placeOfRegion(region));
  const [filters, setFilters] = useState<FilterState>(() => initialFilters(purpose));
  const statusRef = useRef<HTMLDivElement>(null);
  const onPlaceResult = (result: PlaceResult, isChosenFromList: boolean) => {
    setPlaceResult(result);
    // The tapped suggestion is gone: focus goes to what the search found, not to the page's start.
    if (isChosenFromList) requestAnimationFrame(() => statusRef.current?.focus());
  };

  const emergency = useMemo(() => contacts.filter((contact) => contact.purposes[0] === 'emergency'), []);
  const filtered = useMemo(() => filterContacts(contacts, toContactFilters(filters)), [filters]);
  const nationalGroups = groupNational(filtered).filter((group) => group.purpose !== 'emergency');
  const place = placeResult.kind === 'found' ? placeResult.place : null;
  const forPlace = place ? contactsForPlace(place, filtered, regions) : null;
  const hasLocalWithoutFilters = place ? contactsForPlace(place, contacts, regions).local.length > 0 : false;

  const shownCount =
    nationalGroups.reduce((sum, group) => sum + group.contacts.length, 0) +
    (forPlace?.local.length ?? 0) +
    (forPlace?.nearbyRegions.reduce((sum, region) => sum + region.contacts.length, 0) ?? 0);
  const hasFilters = countActiveFilters(filters) > 0;

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
          result={placeResult}
          onResult={onPlaceResult}
          initialQuery={placeResult.kind === 'found' ? placeResult.place.name : ''}
        />
        <div role="status" className="search-status" ref={statusRef} tabIndex={-1}>
          <PlaceStatus
            result={placeResult}
            hasLocal={(forPlace?.local.length ?? 0) > 0}
            hasLocalWithoutFilters={hasLocalWithoutFilters}
          />
        </div>
        <ContactFiltersForm filters={filters} languages={languagesInData} onChange={setFilters} />
        <p role="status" className="quiet small filter-status">
          {hasFilters ? t('filters.matchCount', { count: shownCount }) : ''}
        </p>
      </section>

      {hasFilters && shownCount === 0 && (
        <Notice tone="polite">
          <p>{t('filters.noResults')}</p>
          <Button onClick={() => setFilters(noFilters)}>{t('filters.clearAll')}</Button>
        </Notice>
      )}

      {place && forPlace && (
        <>
          {place.isRegionApproximate && <p className="quiet">{t('search.regionApproximate', { place: place.name })}</p>}
          {forPlace.local.length > 0 && (
            <section aria-labelledby={sid('contacts-local')}>
              <h2 id={sid('contacts-local')}>{t('search.localHeading', { place: place.name })}</h2>
              <ContactList contacts={forPlace.local} />
            </section>
          )}
          {forPlace.nearbyRegions.map(({ region, contacts: regionContacts }) => (
            <section key={region.id} aria-labelledby={sid(`contacts-region-${region.id}`)}>
              <h2 id={sid(`contacts-region-${region.id}`)}>
                {t('search.nearbyRegionHeading', { region: region.name })}
              </h2>
              <ContactList contacts={regionContacts} />
            </section>
          ))}
        </>
      )}

      {nationalGroups.length > 0 && <p className="section-label">{t('search.nationalHeading')}</p>}
      {nationalGroups.map((group) => (
        <section key={group.purpose} aria-labelledby={sid(`contacts-group-${group.purpose}`)}>
          <h2 id={sid(`contacts-group-${group.purpose}`)}>{t(`purposes.${group.purpose}`)}</h2>
          <ContactList contacts={group.contacts} />
        </section>
      ))}

      <section aria-labelledby={sid('contacts-about')} className="sources">
        <h2 id={sid('contacts-about')}>{t('screen.aboutHeading')}</h2>
        <p>{t('screen.aboutSources')}</p>
        <p>{t('screen.aboutCoordinatorDirectory')}</p>
      </section>
    </>
  );
}

/** A region chosen elsewhere (e.g. while showing someone) starts the screen at its centre municipality. */
function placeOfRegion(regionId: string | undefined): PlaceResult {
  const centreId = regions.find((candidate) => candidate.id === regionId)?.centreMunicipalityId;
  const place = municipalities.find((municipality) => municipality.id === centreId);
  return place ? { kind: 'found', place } : noPlace;
}

function ContactList({ contacts: shown }: { contacts: readonly Contact[] }) {
  return (
    <div className="contact-list">
      {shown.map((contact) => (
        <ContactCard key={contact.id} contact={contact} />
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
