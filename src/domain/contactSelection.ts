/**
 * Choosing which contacts to show: for a place, for a set of filters, and national lines grouped by
 * what they are for. The result is never empty: national lines always come, whatever the place.
 */
import type { Contact, NationalContact, Phone, PurposeId, RegionalContact, WelcomeGroup } from './contact';
import { purposeIds } from './contact';
import { isOpenAt } from './openingHours';
import type { Municipality, Region } from './placeSearch';

export interface NearbyRegionContacts {
  region: Region;
  contacts: RegionalContact[];
}

export interface ContactsForPlace {
  /** National lines: always present. */
  national: NationalContact[];
  /** Organisations that serve the municipality itself, its province or its report region. */
  local: RegionalContact[];
  /**
   * Only when `local` is empty: the other regions of the same province, then the regions nearby,
   * each with the organisations that serve it. Regions without organisations are left out, and an
   * organisation appears only under the first region where it is found.
   */
  nearbyRegions: NearbyRegionContacts[];
}

function isNational(contact: Contact): contact is NationalContact {
  return contact.scope === 'national';
}

function isRegional(contact: Contact): contact is RegionalContact {
  return contact.scope === 'regional';
}

function servesMunicipality(contact: RegionalContact, place: Municipality): boolean {
  const { areas } = contact;
  return (
    areas.municipalities.includes(place.id) ||
    areas.provinces.includes(place.province) ||
    areas.regions.includes(place.regionId)
  );
}

function servesRegion(contact: RegionalContact, region: Region): boolean {
  const { areas } = contact;
  return (
    areas.regions.includes(region.id) ||
    areas.provinces.includes(region.province) ||
    areas.municipalities.includes(region.centreMunicipalityId)
  );
}

/**
 * Contacts for a municipality. With `null` (a place we do not know) only the national lines come,
 * so the person always has somewhere to turn.
 */
export function contactsForPlace(
  place: Municipality | null,
  contacts: readonly Contact[],
  regions: readonly Region[],
): ContactsForPlace {
  const national = contacts.filter(isNational);
  if (place === null) return { national, local: [], nearbyRegions: [] };

  const regional = contacts.filter(isRegional);
  const local = regional.filter((contact) => servesMunicipality(contact, place));
  if (local.length > 0) return { national, local, nearbyRegions: [] };

  const ownRegion = regions.find((region) => region.id === place.regionId);
  const sameProvince = regions.filter((region) => region.province === place.province && region.id !== place.regionId);
  const neighbours = (ownRegion?.nearbyRegionIds ?? [])
    .map((id) => regions.find((region) => region.id === id))
    .filter((region): region is Region => region !== undefined);

  const nearbyRegions: NearbyRegionContacts[] = [];
  const seenRegions = new Set<string>([place.regionId]);
  const seenContacts = new Set<string>();
  for (const region of [...sameProvince, ...neighbours]) {
    if (seenRegions.has(region.id)) continue;
    seenRegions.add(region.id);
    const regionContacts = regional.filter((contact) => !seenContacts.has(contact.id) && servesRegion(contact, region));
    if (regionContacts.length === 0) continue;
    for (const contact of regionContacts) seenContacts.add(contact.id);
    nearbyRegions.push({ region, contacts: regionContacts });
  }
  return { national, local, nearbyRegions };
}

export interface ContactFilters {
  /** Any of these purposes; empty or absent = no filter. */
  purposes?: readonly PurposeId[];
  /** ISO 639-1 code; only contacts whose source names this language. */
  language?: string;
  isAnonymous?: boolean;
  isFree?: boolean;
  hasWalkIn?: boolean;
  /** Every group listed must be explicitly welcome (e.g. ['migrants', 'undocumented']). */
  welcomes?: readonly WelcomeGroup[];
}

/**
 * Keeps the contacts that match every filter that is switched on. A filter only keeps contacts
 * for which a source states the fact: "not stated" never counts as a yes. A filter set to `false`
 * or left out means "don't filter on this".
 */
export function filterContacts<T extends Contact>(contacts: readonly T[], filters: ContactFilters): T[] {
  return contacts.filter((contact) => {
    if (filters.purposes && filters.purposes.length > 0) {
      if (!contact.purposes.some((purpose) => filters.purposes?.includes(purpose))) return false;
    }
    if (filters.language && !(contact.languages ?? []).includes(filters.language)) return false;
    if (filters.isAnonymous && contact.isAnonymous !== true) return false;
    if (filters.isFree && contact.isFree !== true) return false;
    // Only where a source states walk-in and no other source contradicts it.
    if (filters.hasWalkIn && (contact.channels.walkInKey === null || contact.channels.walkInSourcesDisagree)) {
      return false;
    }
    for (const group of filters.welcomes ?? []) {
      if (contact.welcomes[group] !== true) return false;
    }
    return true;
  });
}

export interface PurposeGroup {
  purpose: PurposeId;
  contacts: NationalContact[];
}

/**
 * National lines grouped by their main purpose (the first in `purposes`), in the fixed order:
 * emergency first, then crisis, violence, exploitation, money, legal, mental health, sexual health,
 * return, someone to talk to, then the life domains. Each line appears once; empty groups are left
 * out; regional contacts are ignored.
 */
export function groupNational(contacts: readonly Contact[]): PurposeGroup[] {
  const national = contacts.filter(isNational);
  return purposeIds
    .map((purpose) => ({ purpose, contacts: national.filter((contact) => contact.purposes[0] === purpose) }))
    .filter((group) => group.contacts.length > 0);
}

export interface ReachableNow {
  contact: Contact;
  /** The numbers someone answers at that moment. */
  phones: Phone[];
  /** The chat is staffed at that moment (its hours are known). */
  isChatOpen: boolean;
}

/**
 * "Who can I reach now?": the contacts with at least one phone or chat that is open at `instant`
 * by hours a source gives ("day and night" or a weekly range, in Dutch time). Unknown hours never
 * count as open. The order of `contacts` is kept.
 */
export function reachableAt(contacts: readonly Contact[], instant: Date): ReachableNow[] {
  return contacts.flatMap((contact) => {
    const phones = contact.channels.phones.filter((phone) => isOpenAt(phone.hours, instant));
    const { chatUrl, chatHours } = contact.channels;
    const isChatOpen = chatUrl !== null && chatHours !== null && isOpenAt(chatHours, instant);
    return phones.length > 0 || isChatOpen ? [{ contact, phones, isChatOpen }] : [];
  });
}
