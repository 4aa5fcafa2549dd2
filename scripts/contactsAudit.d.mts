import type { Contact } from '../src/domain/contact';

export interface ContactsAudit {
  /** Entries whose `checkedOn` is more than 12 months before `today`. */
  olderThan12Months: { id: string; checkedOn: string }[];
  lowConfidence: string[];
  fromCoordinatorDirectory: string[];
  notVerified: string[];
}
export function loadContacts(): Promise<Contact[]>;
export function auditContacts(today?: Date | string, contacts?: readonly Contact[]): Promise<ContactsAudit>;
