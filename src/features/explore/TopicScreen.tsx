import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { findGuide } from '../../content/guides/guides';
import { findTopic } from '../../content/explore/topics';
import type { PurposeId } from '../../domain/contact';
import type { DomainId } from '../../domain/domains';
import type { PhaseId } from '../../domain/phases';
import { useContentText, useSourceLabel } from '../../i18n';
import { RouteLink } from '../../routing';
import { ScreenHeading, SourceList, useScopedId } from '../../ui';
import { GuideCards } from '../guides';
import { AddToPlanButton, usePlan } from '../plan';
import { ItemSection } from './ItemSection';

/**
 * Which filter the "find organisations" link under the help section pre-selects. Health: sexual
 * health (the GGD) while working or considering stopping, mental health when stopping or after.
 */
function contactPurposeFor(phase: PhaseId, domain: DomainId): PurposeId {
  if (domain === 'health') return phase === 'working' || phase === 'considering' ? 'sexualHealth' : 'mentalHealth';
  const purposes = {
    housing: 'housing',
    work: 'work',
    education: 'education',
    money: 'money',
    safety: 'violence',
    network: 'talk',
    meaning: 'talk',
    return: 'return',
  } as const satisfies Record<Exclude<DomainId, 'health'>, PurposeId>;
  return purposes[domain];
}

/** One phase × life domain: what people often need, what help exists, first steps, obstacles. */
export function TopicScreen({ phase, domain }: { phase: PhaseId; domain: DomainId }) {
  const sid = useScopedId();
  const { t } = useTranslation(['explore', 'phases', 'guides', 'contacts', 'common']);
  const text = useContentText();
  const sourceLabel = useSourceLabel();
  const topic = findTopic(phase, domain);
  // One read of the plan for the whole screen of "Add to my plan" buttons.
  const plan = usePlan();
  const backLink = (
    <p>
      <RouteLink to={{ name: 'phase', phase }} className="text-link">
        {t('common:nav.backTo', { screen: t(`phases:${phase}.title`) })}
      </RouteLink>
    </p>
  );
  // The phase's name above the title leads up to the phase, as the link at the bottom does.
  const phaseLink = (
    <p className="eyebrow">
      <RouteLink to={{ name: 'phase', phase }} className="eyebrow__link">
        {t(`phases:${phase}.title`)}
      </RouteLink>
    </p>
  );
  if (!topic) return null;
  if (!topic.isRelevant) {
    return (
      <>
        {phaseLink}
        <ScreenHeading>{t(`explore:domains.${domain}.title`)}</ScreenHeading>
        <p className="quiet">{t('explore:labels.notRelevant')}</p>
        <p className="lead">{text(topic.reasonKey)}</p>
        {backLink}
        <SourceList heading={t('explore:labels.sourcesHeading')} sources={topic.sources.map(sourceLabel)} />
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
      {phaseLink}
      <ScreenHeading>{t(`explore:domains.${domain}.title`)}</ScreenHeading>
      <p className="lead">{text(topic.introKey)}</p>
      {sections.map((section) => (
        <Fragment key={section.id}>
          <ItemSection
            id={sid(`topic-${section.id}`)}
            heading={t(`explore:labels.sections.${section.id}`)}
            items={section.items}
            renderAction={
              section.id === 'steps'
                ? (item, itemText) => (
                    <AddToPlanButton plan={plan} contentId={item.id} text={itemText} domain={domain} />
                  )
                : undefined
            }
          />
          {section.id === 'help' && (
            <p>
              <RouteLink to={{ name: 'contacts', purpose: contactPurposeFor(phase, domain) }} className="text-link">
                {t('contacts:fromTopic.link')}
              </RouteLink>
            </p>
          )}
        </Fragment>
      ))}
      {guides.length > 0 && (
        <section>
          <h2 id={sid('topic-guides')}>{t('guides:labels.relatedGuides')}</h2>
          <GuideCards guides={guides} />
        </section>
      )}
      {backLink}
      <SourceList
        heading={t('explore:labels.sourcesHeading')}
        sources={[...topic.needs, ...topic.help, ...topic.steps, ...topic.obstacles]
          .flatMap((item) => item.sources)
          .map(sourceLabel)}
      />
    </>
  );
}
