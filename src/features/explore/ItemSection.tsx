import type { ReactNode } from 'react';
import type { ContentItem } from '../../domain/content';
import { useContentText } from '../../i18n';

/** One section of a topic: a heading and its items, in the reader's language. */
export function ItemSection({
  id,
  heading,
  items,
  renderAction,
}: {
  id: string;
  heading: string;
  items: readonly ContentItem[];
  /** Something to do with an item, e.g. add a step to the plan. */
  renderAction?: (item: ContentItem, text: string) => ReactNode;
}) {
  const text = useContentText();
  if (items.length === 0) return null;
  return (
    <section>
      <h2 id={id}>{heading}</h2>
      <ul className="bullet-list">
        {items.map((item) => (
          <li key={item.id}>
            {text(item.textKey)}
            {renderAction?.(item, text(item.textKey))}
          </li>
        ))}
      </ul>
    </section>
  );
}
