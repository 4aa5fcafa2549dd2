import { useTranslation } from 'react-i18next';
import { BulletList, ScreenHeading, useScopedId } from '../../ui';

export function SafetyScreen() {
  const sid = useScopedId();
  const { t } = useTranslation('safety');
  return (
    <>
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby={sid('safety-exit')}>
        <h2 id={sid('safety-exit')}>{t('quickExit.heading')}</h2>
        <BulletList
          items={[
            t('quickExit.blank'),
            t('quickExit.neutralSite'),
            t('quickExit.noBack'),
            t('quickExit.oneEntry'),
            t('quickExit.shift'),
          ]}
        />
      </section>
      <section aria-labelledby={sid('safety-limits')}>
        <h2 id={sid('safety-limits')}>{t('limits.heading')}</h2>
        <BulletList
          items={[t('limits.history'), t('limits.appSwitcher'), t('limits.phoneCode'), t('limits.shoulder')]}
        />
      </section>
      <section aria-labelledby={sid('safety-vault')}>
        <h2 id={sid('safety-vault')}>{t('vault.heading')}</h2>
        <BulletList
          items={[
            t('vault.oneLock'),
            t('vault.checkAnswers'),
            t('vault.notLocked'),
            t('vault.autoLock'),
            t('vault.passwordManager'),
            t('vault.safeguards'),
          ]}
        />
      </section>
      <section aria-labelledby={sid('safety-traces')}>
        <h2 id={sid('safety-traces')}>{t('traces.heading')}</h2>
        <BulletList
          items={[
            t('traces.callLog'),
            t('traces.downloads'),
            t('traces.clipboard'),
            t('traces.outside'),
            t('traces.otherTabs'),
          ]}
        />
      </section>
      <section aria-labelledby={sid('safety-who')}>
        <h2 id={sid('safety-who')}>{t('who.heading')}</h2>
        <BulletList
          items={[
            t('who.holder'),
            t('who.phoneCode'),
            t('who.checker'),
            t('who.network'),
            t('who.forensic'),
            t('who.host'),
          ]}
        />
      </section>
      <section aria-labelledby={sid('safety-privacy')}>
        <h2 id={sid('safety-privacy')}>{t('privacy.heading')}</h2>
        <BulletList
          items={[t('privacy.noServer'), t('privacy.onPhone'), t('privacy.noTracking'), t('privacy.offline')]}
        />
      </section>
      <section aria-labelledby={sid('safety-tips')}>
        <h2 id={sid('safety-tips')}>{t('tips.heading')}</h2>
        <BulletList items={[t('tips.privateWindow'), t('tips.clearHistory'), t('tips.lockPhone')]} />
      </section>
    </>
  );
}
