import type { Contact } from '../../domain/contact';

/**
 * An organisation's own name, marked with its language (Dutch unless the data says otherwise) so a
 * screen reader set to Arabic or Thai reads "Slachtofferhulp Nederland" with a Dutch voice. The name is
 * isolated (bdi) so its brackets stay put in a right-to-left line, while the line itself keeps the
 * page's alignment.
 */
export function ContactName({
  contact,
  className,
}: {
  contact: Pick<Contact, 'name' | 'nameLang'>;
  className?: string;
}) {
  return (
    <span className={className} lang={contact.nameLang ?? 'nl'}>
      <bdi>{contact.name}</bdi>
    </span>
  );
}
