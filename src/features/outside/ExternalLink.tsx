import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';

/** Shown once per visit (memory only): after that, links open straight away. */
let hasSeenNote = false;

/**
 * A link to a page outside Verder (an organisation's site, a chat, WhatsApp, a source). It always
 * opens in a new tab: in this tab it would add a history entry that Back after quick exit reaches.
 * The first time, a one-line note says what that means, and the person opens it from there.
 */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  const [isAsking, setIsAsking] = useState(false);
  return (
    <>
      <a
        href={href}
        className={className}
        target="_blank"
        rel="noopener noreferrer"
        onClick={(event) => {
          if (hasSeenNote) return;
          event.preventDefault();
          setIsAsking(true);
        }}
      >
        {children}
      </a>
      {isAsking ? (
        <span className="outside-note" role="note">
          <span>{t('outside.note')}</span>
          <span className="button-row">
            <a
              href={href}
              className="button button--primary"
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => {
                hasSeenNote = true;
                setIsAsking(false);
              }}
            >
              {t('outside.open')}
            </a>
            <Button onClick={() => setIsAsking(false)}>{t('outside.cancel')}</Button>
          </span>
        </span>
      ) : null}
    </>
  );
}
