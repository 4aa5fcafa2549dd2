import type { Contact } from '../../domain/contact';

/**
 * An organisation's own name, marked with its language (Dutch unless the data says otherwise) so a
 * screen reader set to Arabic or Thai reads "Slachtofferhulp Nederland" with a Dutch voice, and kept
 * left to right inside a right-to-left line.
 */
export function ContactName({
  contact,
  className,
}: {
  contact: Pick<Contact, 'name' | 'nameLang'>;
  className?: string;
}) {
  return (
    <span className={className} lang={contact.nameLang ?? 'nl'} dir="ltr">
      {contact.name}
    </span>
  );
}
