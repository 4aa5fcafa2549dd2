import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDutch } from '../../domain/phoneNumber';
import { Button } from '../../ui';

/** Copies a number in the Dutch way of writing it, for people who call from another phone. */
export function CopyNumberButton({ number }: { number: string }) {
  const { t } = useTranslation('contacts');
  const [isCopied, setIsCopied] = useState(false);
  if (!navigator.clipboard) return null;
  return (
    <Button
      onClick={() => {
        navigator.clipboard.writeText(formatDutch(number)).then(
          () => setIsCopied(true),
          () => setIsCopied(false),
        );
      }}
    >
      <span aria-live="polite">{isCopied ? t('channels.numberCopied') : t('channels.copyNumber')}</span>
    </Button>
  );
}
