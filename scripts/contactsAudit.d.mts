import type { Contact } from '../src/domain/contact';
import type { Municipality } from '../src/domain/placeSearch';

export interface RegionAudit {
  entries: number;
  /** Entries whose main source shows no date. */
  undatedSource: string[];
  /** Entries whose main source date is more than 12 months before `today`. */
  oldSource: string[];
  /** Entries where sources disagree (a conflict note, or walk-in in dispute). */
  conflicting: string[];
}

export interface ContactsAudit {
  /** Per report region id, and `national`. */
  byRegion: Record<string, RegionAudit>;
  /** Entries whose check date is the research file's, not a new comparison with the source. */
  notComparedAgain: string[];
  /** Entries whose `checkedOn` is more than 12 months before `today`. */
  olderThan12Months: { id: string; checkedOn: string }[];
  lowConfidence: string[];
  fromCoordinatorDirectory: string[];
  notVerified: string[];
}
export function loadContacts(): Promise<Contact[]>;
export function loadMunicipalities(): Promise<Municipality[]>;
export function auditContacts(
  today?: Date | string,
  contacts?: readonly Contact[],
  municipalities?: readonly Municipality[],
): Promise<ContactsAudit>;
