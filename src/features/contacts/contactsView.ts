/**
 * The choices a person makes on the contacts screen, and what they mean for the list. Pure
 * functions over the shipped data, so the screen stays thin and the rules can be tested alone.
 */
import type { Contact, PurposeId, WelcomeGroup } from '../../domain/contact';
import type { ContactFilters } from '../../domain/contactSelection';
import { findPlace, normalisePlace, suggestPlaces, type Municipality } from '../../domain/placeSearch';

/** What the place search found for what was typed. Kept in memory only, never stored. */
export type PlaceResult =
  | { kind: 'none' }
  | { kind: 'found'; place: Municipality }
  /** Several places match: the person picks one from the suggestions. */
  | { kind: 'choose'; isAmbiguous: boolean }
  | { kind: 'unknown' };

export const noPlace: PlaceResult = { kind: 'none' };

/** How many suggestions fit on a small screen under the input. */
export const suggestionLimit = 6;

/**
 * The result of pressing Search. An exact name or alias wins; a start of a name that fits exactly
 * one place is that place ("zwol" → Zwolle); several candidates ask the person to choose.
 */
export function searchPlace(query: string, municipalities: readonly Municipality[]): PlaceResult {
  const wanted = normalisePlace(query);
  if (wanted === '') return noPlace;
  const place = findPlace(query, municipalities);
  if (place) return { kind: 'found', place };
  const suggestions = suggestPlaces(query, municipalities, suggestionLimit);
  const [only] = suggestions;
  if (suggestions.length === 1 && only) return { kind: 'found', place: only.municipality };
  if (suggestions.length > 1) {
    const exact = suggestions.filter((suggestion) => normalisePlace(suggestion.matchedName) === wanted);
    return { kind: 'choose', isAmbiguous: exact.length > 1 };
  }
  return { kind: 'unknown' };
}

/** The filters as the form holds them: one purpose, one language, and yes-only checkboxes. */
export interface FilterState {
  purpose: PurposeId | '';
  language: string;
  isAnonymous: boolean;
  isFree: boolean;
  hasWalkIn: boolean;
  welcomes: readonly WelcomeGroup[];
}

export const noFilters: FilterState = {
  purpose: '',
  language: '',
  isAnonymous: false,
  isFree: false,
  hasWalkIn: false,
  welcomes: [],
};

/** The emergency line is always at the top, so "emergency" is not a filter choice. */
export function initialFilters(purpose: PurposeId | undefined): FilterState {
  return { ...noFilters, purpose: purpose && purpose !== 'emergency' ? purpose : '' };
}

export function toContactFilters(state: FilterState): ContactFilters {
  return {
    purposes: state.purpose ? [state.purpose] : [],
    language: state.language || undefined,
    isAnonymous: state.isAnonymous,
    isFree: state.isFree,
    hasWalkIn: state.hasWalkIn,
    welcomes: state.welcomes,
  };
}

export function countActiveFilters(state: FilterState): number {
  return (
    (state.purpose ? 1 : 0) +
    (state.language ? 1 : 0) +
    (state.isAnonymous ? 1 : 0) +
    (state.isFree ? 1 : 0) +
    (state.hasWalkIn ? 1 : 0) +
    state.welcomes.length
  );
}

/** Every language some source says an organisation speaks (ISO 639-1 codes), each once. */
export function spokenLanguages(contacts: readonly Contact[]): string[] {
  return [...new Set(contacts.flatMap((contact) => contact.languages ?? []))];
}
