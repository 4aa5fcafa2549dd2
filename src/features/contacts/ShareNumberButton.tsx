import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDutch } from '../../domain/phoneNumber';
import { Button, useAnnounce } from '../../ui';

/**
 * Passes a number on by SMS, WhatsApp or any app the phone offers (Web Share), with only the
 * organisation's name and the number: no link and no mention of Verder. Without Web Share, it
 * copies the same text.
 */
export function ShareNumberButton({ name, number }: { name: string; number: string }) {
  const { t } = useTranslation('contacts');
  const [isCopied, setIsCopied] = useState(false);
  const say = useAnnounce();
  const text = `${name}: ${formatDutch(number)}`;
  const canShare = typeof navigator.share === 'function';
  if (!canShare && !navigator.clipboard) return null;
  return (
    <Button
      className="share-button"
      onClick={() => {
        if (canShare) {
          // Closing the share sheet rejects; that is not an error for the person.
          navigator.share({ text }).catch(() => undefined);
          return;
        }
        navigator.clipboard.writeText(text).then(
          () => {
            setIsCopied(true);
            say(t('share.copied'));
          },
          () => setIsCopied(false),
        );
      }}
    >
      <span>{isCopied ? t('share.copied') : t('share.button')}</span>
    </Button>
  );
}
