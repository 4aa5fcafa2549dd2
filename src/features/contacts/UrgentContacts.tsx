import { contacts } from '../../content/contacts/contacts';
import { controlUrgentContactIds } from '../../content/guides/guides';
import { ContactCard } from './ContactCard';

/**
 * The lines for when someone else is in control or it is not safe, emergency first: the same list
 * the guide on someone else being in control shows, kept in one place.
 */
export const safetyContactIds = controlUrgentContactIds;

export function UrgentContacts({ ids }: { ids: readonly string[] }) {
  const shown = ids
    .map((id) => contacts.find((contact) => contact.id === id))
    .filter((contact) => contact !== undefined);
  return (
    <div className="contact-list">
      {shown.map((contact) => (
        <ContactCard key={contact.id} contact={contact} />
      ))}
    </div>
  );
}
