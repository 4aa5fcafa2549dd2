/**
 * The national lines a worker can put on a hand-out card, and 112. Every name and number comes from
 * the contacts data (src/content/contacts); an organisation's own list may lack some of these, and
 * then they are simply not offered.
 */
import { contacts } from '../../../content/contacts/contacts';
import type { Phone } from '../../../domain/contact';

export interface CardLine {
  id: string;
  /** The organisation's own Dutch name, never translated. */
  name: string;
  phone: Phone;
}

/** Lines for anyone, day or night, that do not depend on where the person lives. */
export const offeredLineIds = [
  'zelfmoordpreventie-113',
  'luisterlijn',
  'veilig-thuis',
  'centrum-seksueel-geweld',
  'comensha',
  'meld-misdaad-anoniem',
] as const;

/** The same two lines the start screen offers first (beside 112), so the card starts useful. */
export const preselectedLineIds: readonly string[] = ['zelfmoordpreventie-113', 'luisterlijn'];

export const maxLines = 3;
export const minLines = 2;

function lineOf(id: string): CardLine | null {
  const contact = contacts.find((entry) => entry.id === id && entry.scope === 'national');
  const phone = contact?.channels.phones.find((entry) => entry.kind === 'voice');
  return contact && phone ? { id, name: contact.name, phone } : null;
}

export const offeredLines: readonly CardLine[] = offeredLineIds.flatMap((id) => lineOf(id) ?? []);

/** 112 is on every card; null only in a build whose own contact list leaves it out. */
export const emergencyLine: CardLine | null = lineOf('alarmnummer-112');
