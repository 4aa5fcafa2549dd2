import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onStorageError, type StorageErrorKind } from '../data';
import { Button, Notice } from '../ui';

/** Shows the last storage failure in the person's language; nothing fails silently. */
export function StorageErrorBanner() {
  const { t } = useTranslation('common');
  const [kind, setKind] = useState<StorageErrorKind | null>(null);
  useEffect(() => onStorageError((error) => setKind(error.kind)), []);
  if (!kind) return null;
  return (
    <div className="storage-error">
      <Notice tone="alert">
        <p>{t(`storageError.${kind}`)}</p>
        <Button onClick={() => setKind(null)}>{t('storageError.dismiss')}</Button>
      </Notice>
    </div>
  );
}
