import { useTranslation } from 'react-i18next';
import { findGuide } from '../../content/guides/guides';
import { useContentText, useSourceLabel } from '../../i18n';
import { RouteLink } from '../../routing';
import { ScreenHeading, SourceList, useScopedId } from '../../ui';
import { UrgentContacts } from '../contacts';
import { AddChecklistToPlan, usePlan } from '../plan';
import { GuideCards } from './GuideCards';

/** One practical guide; a guide about safety puts its urgent contacts above the text. */
export function GuideScreen({ guideId }: { guideId: string }) {
  const sid = useScopedId();
  const { t } = useTranslation(['guides', 'explore', 'contacts', 'incidents']);
  const text = useContentText();
  const sourceLabel = useSourceLabel();
  const plan = usePlan();
  const guide = findGuide(guideId);
  if (!guide) return null;
  const related = (guide.relatedGuideIds ?? []).flatMap((id) => findGuide(id) ?? []);
  return (
    <>
      <ScreenHeading>{text(guide.titleKey)}</ScreenHeading>
      <p className="lead">{text(guide.summaryKey)}</p>
      {guide.urgentContactIds.length > 0 && (
        <section aria-labelledby={sid('guide-urgent')} className="safety-first">
          <h2 id={sid('guide-urgent')}>{t('guides:labels.urgentContactsFirst')}</h2>
          <p>{t('guides:labels.youDecide')}</p>
          <UrgentContacts ids={guide.urgentContactIds} />
        </section>
      )}
      {guide.sections.map((section) => (
        <section key={section.id}>
          <h2 id={sid(`guide-${section.id}`)}>{text(section.headingKey)}</h2>
          <ul className="bullet-list">
            {section.items.map((item) => (
              <li key={item.id}>{text(item.textKey)}</li>
            ))}
          </ul>
          {section.isChecklist ? (
            <AddChecklistToPlan
              plan={plan}
              contentIds={section.items.map((item) => item.id)}
              domain={guide.domains[0] ?? ''}
              heading={text(section.headingKey)}
            />
          ) : null}
        </section>
      ))}
      {guide.linksToIncidentLog ? (
        <p>
          <RouteLink to={{ name: 'incidents' }} className="text-link">
            {t('incidents:planLink')}
          </RouteLink>
        </p>
      ) : null}
      {related.length > 0 ? (
        <section>
          <h2 id={sid('guide-related')}>{t('guides:labels.relatedGuides')}</h2>
          <GuideCards guides={related} />
        </section>
      ) : null}
      {guide.helpPurpose ? (
        <p>
          <RouteLink to={{ name: 'contacts', purpose: guide.helpPurpose }} className="button button--primary">
            {t('guides:labels.findHelpFor', { purpose: t(`contacts:purposes.${guide.helpPurpose}`) })}
          </RouteLink>
        </p>
      ) : null}
      <p>
        <RouteLink to={{ name: 'guides' }} className="text-link">
          {t('guides:labels.allGuides')}
        </RouteLink>
      </p>
      <SourceList
        heading={t('explore:labels.sourcesHeading')}
        sources={guide.sections.flatMap((section) => section.items.flatMap((item) => item.sources)).map(sourceLabel)}
      />
    </>
  );
}
