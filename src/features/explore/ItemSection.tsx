import type { ContentItem } from '../../domain/content';
import { useContentText } from '../../i18n';

/** One section of a topic: a heading and its items, in the reader's language. */
export function ItemSection({ id, heading, items }: { id: string; heading: string; items: readonly ContentItem[] }) {
  const text = useContentText();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="bullet-list">
        {items.map((item) => (
          <li key={item.id}>{text(item.textKey)}</li>
        ))}
      </ul>
    </section>
  );
}
