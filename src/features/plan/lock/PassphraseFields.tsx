import { useTranslation } from 'react-i18next';
import { minimumPassphraseLength, passphraseStrength } from '../../../domain/passphrase';
import { TextField } from '../../../ui';

export interface NewPassphrase {
  passphrase: string;
  repeat: string;
}

/** Refuses a passphrase that is too short or typed differently twice; a weak one gets a hint only. */
export function newPassphraseError(value: NewPassphrase): 'tooShort' | 'mismatch' | null {
  if ([...value.passphrase].length < minimumPassphraseLength) return 'tooShort';
  if (value.passphrase !== value.repeat) return 'mismatch';
  return null;
}

export function PassphraseFields({
  value,
  onChange,
  labels,
  showErrors,
}: {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  labels: { passphrase: string; repeat: string };
  showErrors: boolean;
}) {
  const { t } = useTranslation('plan');
  const strength = passphraseStrength(value.passphrase);
  const error = showErrors ? newPassphraseError(value) : null;
  return (
    <>
      <TextField
        type="password"
        // "new-password": a browser that offers to save it asks first; the line below says to choose Never.
        autoComplete="new-password"
        label={labels.passphrase}
        value={value.passphrase}
        onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
        hint={
          value.passphrase ? (
            <span aria-live="polite">
              {t('strength.label')} {t(`strength.${strength}`)}
            </span>
          ) : (
            t('strength.start')
          )
        }
        error={error === 'tooShort' ? t('strength.tooShort') : undefined}
      />
      <TextField
        type="password"
        autoComplete="new-password"
        label={labels.repeat}
        value={value.repeat}
        onChange={(event) => onChange({ ...value, repeat: event.target.value })}
        error={error === 'mismatch' ? t('lock.mismatch') : undefined}
      />
      <p className="quiet small">{t('lock.dontSave')}</p>
    </>
  );
}
