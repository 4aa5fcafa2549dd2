import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { appAddress, QrCode } from './QrCode';

/** The code to open Verder on the person's own phone later, with what it holds said plainly. */
export function TakeHomeCode() {
  const { t } = useTranslation('showing');
  const address = appAddress();
  const [isFull, setIsFull] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasFull = useRef(false);
  // Back to the button that opened it, so keyboard and screen reader users keep their place.
  useEffect(() => {
    if (wasFull.current && !isFull) openRef.current?.focus();
    wasFull.current = isFull;
  }, [isFull]);
  return (
    <section className="take-home" aria-labelledby="take-home-heading">
      <h2 id="take-home-heading">{t('qr.heading')}</h2>
      <p>{t('qr.body')}</p>
      <QrCode className="take-home__code" value={address} label={t('qr.codeLabel')} />
      <p className="quiet small">{t('qr.howTo')}</p>
      <p className="take-home__address" dir="ltr">
        {address}
      </p>
      <Button ref={openRef} onClick={() => setIsFull(true)}>
        {t('qr.fullScreen')}
      </Button>
      {isFull ? <FullScreenCode address={address} onClose={() => setIsFull(false)} /> : null}
    </section>
  );
}

/**
 * The code as large as the screen allows, for a camera held at arm's length in a dim venue: a
 * modal over everything, closed by its button or Escape.
 */
function FullScreenCode({ address, onClose }: { address: string; onClose: () => void }) {
  const { t } = useTranslation('showing');
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="qr-full" role="dialog" aria-modal="true" aria-labelledby="qr-full-heading">
      <h2 id="qr-full-heading" className="qr-full__heading">
        {t('qr.heading')}
      </h2>
      <QrCode className="qr-full__code" value={address} label={t('qr.codeLabel')} />
      <Button ref={closeRef} variant="primary" onClick={onClose}>
        {t('qr.close')}
      </Button>
    </div>
  );
}
