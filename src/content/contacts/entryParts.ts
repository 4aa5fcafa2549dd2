/**
 * The pieces every entry of the contact directory is built from: the check dates, opening hours,
 * empty channels and the sources several entries share. See contacts.ts for the rules.
 */
import type { Channels, Phone, SourceRef } from '../../domain/contact';
import type { Hours } from '../../domain/openingHours';

/** The day the research file was written from stored copies of public pages (not a new check). */
export const checkedOn = '2026-11-28';
/** The day a person compared the entry's details with a stored copy of its source again. */
export const comparedOn = '2026-12-02';
export const researchFileCheck = {
  checkedOn,
  checkKind: 'researchFile',
  conflictKey: null,
  pairedWithId: null,
} as const;
export const comparedCheck = { checkedOn: comparedOn, checkKind: 'comparedWithSource' } as const;

export const always: Hours = { kind: 'always' };
export const unknownHours: Hours = { kind: 'unknown' };
export const weekdays9to17: Hours = {
  kind: 'weekly',
  ranges: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
  closedOnPublicHolidays: false,
};

export const welcomesNotStated = { men: null, trans: null, migrants: null, undocumented: null };

export const noChannels: Channels = {
  phones: [],
  chatUrl: null,
  email: null,
  website: null,
  address: null,
  walkInKey: null,
  chatHours: null,
  walkInSource: null,
  walkInHours: null,
  walkInSourcesDisagree: false,
};

export function call(number: string, label: string | undefined, hours: Hours): Phone {
  return label
    ? { number, kind: 'voice', labelKey: `contacts:phoneLabels.${label}`, hours }
    : { number, kind: 'voice', hours };
}

export function walkIn(key: string, source: SourceRef, hours: Hours, sourcesDisagree = false) {
  return {
    walkInKey: `contacts:walkIn.${key}`,
    walkInSource: source,
    walkInHours: hours,
    walkInSourcesDisagree: sourcesDisagree,
  } as const;
}

export const wegwijzerReporting =
  'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel';
/** The older directory of regional care coordinators for trafficking (undated site version). */
export const coordinatorDirectory = 'https://www.wegwijzermensenhandel.nl/Zorgcoordinatoren/Zorgcoordinatoren.aspx';
export const coordinatorDirectoryEn =
  'https://english.wegwijzermensenhandel.nl/Care_coordinators/care-coordinators.aspx';
