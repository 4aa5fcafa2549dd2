import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, useAnnounce } from '../../ui';

interface SentRequest {
  host: string;
  path: string;
  isOwn: boolean;
}

/** Every request this page made since it opened, as the browser's own Resource Timing records it. */
export function readSentRequests(
  performanceApi: Pick<Performance, 'getEntriesByType'> = performance,
  origin: string = location.origin,
): SentRequest[] {
  const entries = [...performanceApi.getEntriesByType('navigation'), ...performanceApi.getEntriesByType('resource')];
  return entries.map((entry) => {
    const url = new URL(entry.name, origin);
    return { host: url.host, path: url.pathname, isOwn: url.origin === origin };
  });
}

/**
 * "What Verder sent": a person can see for themselves that every request went to Verder's own
 * address. The service worker's own fetches are not in this list (the page cannot see them); they
 * go to the same address, and the security policy forbids any other.
 */
export function SentRequests() {
  const { t } = useTranslation('common');
  const [requests, setRequests] = useState<SentRequest[] | null>(null);
  const others = requests?.filter((request) => !request.isOwn) ?? [];
  const say = useAnnounce();
  return (
    <section>
      <h2 id="sent-heading">{t('sent.title')}</h2>
      <p>{t('sent.intro')}</p>
      <Button
        onClick={() => {
          const next = readSentRequests();
          setRequests(next);
          const outside = next.filter((request) => !request.isOwn).length;
          say(
            outside === 0
              ? t('sent.allOwn', { count: next.length, host: location.host })
              : t('sent.someOther', { count: outside }),
          );
        }}
      >
        {requests ? t('sent.refresh') : t('sent.show')}
      </Button>
      {requests ? (
        <>
          <p>
            {others.length === 0
              ? t('sent.allOwn', { count: requests.length, host: location.host })
              : t('sent.someOther', { count: others.length })}
          </p>
          <details>
            <summary>{t('sent.list')}</summary>
            <ul className="sent-list" dir="ltr">
              {requests.map((request, index) => (
                <li key={`${index}-${request.path}`}>
                  {request.isOwn ? '✓' : '✗'} {request.host}
                  {request.path}
                </li>
              ))}
            </ul>
          </details>
          <p className="quiet small">{t('sent.limits')}</p>
        </>
      ) : null}
    </section>
  );
}
