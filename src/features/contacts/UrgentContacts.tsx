import { contacts } from '../../content/contacts/contacts';
import { ContactCard } from './ContactCard';

/** The lines for when someone else is in control or it is not safe: emergency first. */
export const safetyContactIds = ['alarmnummer-112', 'fier-chat', 'comensha', 'veilig-thuis'] as const;

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
