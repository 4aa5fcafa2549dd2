import { useTranslation } from 'react-i18next';
import { BulletList, ScreenHeading, useScopedId } from '../../ui';

/** The screen's sections in order: each has a `heading` and these points in locales/<lang>/safety.json. */
const sections = [
  ['quickExit', ['blank', 'neutralSite', 'noBack', 'oneEntry', 'shift', 'shiftOff']],
  ['limits', ['history', 'appSwitcher', 'phoneCode', 'shoulder']],
  ['vault', ['oneLock', 'checkAnswers', 'keptPlace', 'notLocked', 'autoLock', 'passwordManager', 'safeguards']],
  ['traces', ['callLog', 'downloads', 'clipboard', 'outside', 'otherTabs']],
  ['who', ['holder', 'phoneCode', 'checker', 'network', 'forensic', 'host']],
  ['privacy', ['noServer', 'onPhone', 'noTracking', 'offline']],
  ['tips', ['privateWindow', 'clearHistory', 'lockPhone']],
] as const;

export function SafetyScreen() {
  const sid = useScopedId();
  const { t } = useTranslation('safety');
  return (
    <>
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      {sections.map(([section, points]) => (
        <section key={section}>
          <h2 id={sid(`safety-${section}`)}>{t(`${section}.heading`)}</h2>
          {/* The pair is not typed as one key; a wrong one fails the missing-key check in every test. */}
          <BulletList items={points.map((point) => t(`${section}.${point}` as never))} />
        </section>
      ))}
    </>
  );
}
