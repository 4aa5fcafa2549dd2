import { useState, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';

/** Shown once per visit (memory only): after that, links open straight away. */
let hasSeenNote = false;

/**
 * A link to a page outside Verder (an organisation's site, a chat, WhatsApp, a source). It always
 * opens in a new tab: in this tab it would add a history entry that Back after quick exit reaches.
 * The first time, a one-line note says what that means, and the person opens it from there; every
 * time, the link's name ends with "(opens in a new tab)" for screen readers (WCAG 3.2.5, G201).
 */
export function ExternalLink({
  href,
  className,
  children,
  ...rest
}: { href: string; className?: string; children: ReactNode } & Pick<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'aria-describedby'
>) {
  const { t } = useTranslation('common');
  const [isAsking, setIsAsking] = useState(false);
  return (
    <>
      <a
        {...rest}
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
        {children} <span className="visually-hidden">{t('outside.newTab')}</span>
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
              {t('outside.open')} <span className="visually-hidden">{t('outside.newTab')}</span>
            </a>
            <Button onClick={() => setIsAsking(false)}>{t('outside.cancel')}</Button>
          </span>
        </span>
      ) : null}
    </>
  );
}
