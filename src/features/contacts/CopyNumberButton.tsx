import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDutch } from '../../domain/phoneNumber';
import { Button, useAnnounce } from '../../ui';

/**
 * Copies a number in the Dutch way of writing it, for people who call from another phone. The
 * visible label is short so it fits beside the call button; screen readers also hear the number.
 * After copying it says that the clipboard (and a phone's clipboard history) keeps the number.
 */
export function CopyNumberButton({ number }: { number: string }) {
  const { t } = useTranslation('contacts');
  const [isCopied, setIsCopied] = useState(false);
  const say = useAnnounce();
  if (!navigator.clipboard) return null;
  const written = formatDutch(number);
  return (
    <>
      <Button
        className="copy-button"
        onClick={() => {
          navigator.clipboard.writeText(written).then(
            () => {
              setIsCopied(true);
              say(t('channels.numberCopied'));
            },
            () => setIsCopied(false),
          );
        }}
      >
        <span>{isCopied ? t('channels.numberCopied') : t('channels.copyNumber')}</span>
        <span className="visually-hidden" dir="ltr">
          {' '}
          {written}
        </span>
      </Button>
      {isCopied ? <span className="quiet small copy-note">{t('channels.clipboardKeeps')}</span> : null}
    </>
  );
}
