import { useTranslation } from 'react-i18next';
import { findGuide } from '../../content/guides/guides';
import { findTopic } from '../../content/explore/topics';
import type { DomainId } from '../../domain/domains';
import type { PhaseId } from '../../domain/phases';
import { useContentText } from '../../i18n';
import { RouteLink } from '../../routing';
import { ScreenHeading } from '../../ui';
import { ItemSection } from './ItemSection';
import { SourceList } from './SourceList';

/** One phase × life domain: what people often need, what help exists, first steps, obstacles. */
export function TopicScreen({ phase, domain }: { phase: PhaseId; domain: DomainId }) {
  const { t } = useTranslation(['explore', 'phases', 'guides']);
  const text = useContentText();
  const topic = findTopic(phase, domain);
  const backLink = (
    <p>
      <RouteLink to={{ name: 'phase', phase }} className="text-link">
        {t(`phases:${phase}.title`)}
      </RouteLink>
    </p>
  );
  if (!topic) return null;
  if (!topic.isRelevant) {
    return (
      <>
        <p className="eyebrow">{t(`phases:${phase}.title`)}</p>
        <ScreenHeading>{t(`explore:domains.${domain}.title`)}</ScreenHeading>
        <p className="quiet">{t('explore:labels.notRelevant')}</p>
        <p className="lead">{text(topic.reasonKey)}</p>
        {backLink}
        <SourceList sources={[topic.source]} />
      </>
    );
  }
  const guides = topic.guideIds.map(findGuide).filter((guide) => guide !== undefined);
  const sections = [
    { id: 'needs', items: topic.needs },
    { id: 'help', items: topic.help },
    { id: 'steps', items: topic.steps },
    { id: 'obstacles', items: topic.obstacles },
  ] as const;
  return (
    <>
      <p className="eyebrow">{t(`phases:${phase}.title`)}</p>
      <ScreenHeading>{t(`explore:domains.${domain}.title`)}</ScreenHeading>
      <p className="lead">{text(topic.introKey)}</p>
      {sections.map((section) => (
        <ItemSection
          key={section.id}
          id={`topic-${section.id}`}
          heading={t(`explore:labels.sections.${section.id}`)}
          items={section.items}
        />
      ))}
      {guides.length > 0 && (
        <section aria-labelledby="topic-guides">
          <h2 id="topic-guides">{t('guides:labels.relatedGuides')}</h2>
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
        </section>
      )}
      {backLink}
      <SourceList
        sources={[...topic.needs, ...topic.help, ...topic.steps, ...topic.obstacles].map((item) => item.source)}
      />
    </>
  );
}
