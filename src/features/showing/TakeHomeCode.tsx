import { useTranslation } from 'react-i18next';
import { appAddress, QrCode } from './QrCode';

/** The code to open Verder on the person's own phone later, with what it holds said plainly. */
export function TakeHomeCode() {
  const { t } = useTranslation('showing');
  const address = appAddress();
  return (
    <section className="take-home" aria-labelledby="take-home-heading">
      <h2 id="take-home-heading">{t('qr.heading')}</h2>
      <p>{t('qr.body')}</p>
      <QrCode className="take-home__code" value={address} label={t('qr.codeLabel')} />
      <p className="quiet small">{t('qr.howTo')}</p>
      <p className="take-home__address" dir="ltr">
        {address}
      </p>
    </section>
  );
}
