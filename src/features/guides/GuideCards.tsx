import type { Guide } from '../../domain/content';
import { useContentText } from '../../i18n';
import { RouteLink } from '../../routing';

/** Guides as cards with title and summary: on the guides screen and under a topic. */
export function GuideCards({ guides }: { guides: readonly Guide[] }) {
  const text = useContentText();
  return (
    <ul className="card-list">
      {guides.map((guide) => (
        <li key={guide.id}>
          <RouteLink to={{ name: 'guide', guideId: guide.id }} className="card-link">
            <span className="card-link__title">{text(guide.titleKey)}</span>
            <span className="card-link__text">{text(guide.summaryKey)}</span>
          </RouteLink>
        </li>
      ))}
    </ul>
  );
}
