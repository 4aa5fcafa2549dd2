import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minimumPassphraseLength, passphraseStrength } from '../../../domain/passphrase';
import { RevealToggle, TextField, useAnnounce } from '../../../ui';

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
  namesRevealedField = false,
}: {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  labels: { passphrase: string; repeat: string };
  showErrors: boolean;
  /** The form has another "Show what I type" (change the passphrase): this one names its field. */
  namesRevealedField?: boolean;
}) {
  const { t } = useTranslation(['plan', 'common']);
  const strength = passphraseStrength(value.passphrase);
  const error = showErrors ? newPassphraseError(value) : null;
  const say = useAnnounce();
  const [isShown, setIsShown] = useState(false);
  const category = value.passphrase ? strength : null;
  const strengthText = category ? `${t('strength.label')} ${t(`strength.${category}`)}` : '';
  // Said when the strength moves to another category (and on leaving the field), never per keystroke:
  // a hint that speaks on every letter drowns out the typing itself.
  const lastSaid = useRef<string | null>(null);
  useEffect(() => {
    if (category === null) {
      lastSaid.current = null;
      return;
    }
    if (lastSaid.current === category) return;
    lastSaid.current = category;
    say(strengthText);
  }, [category, strengthText, say]);
  return (
    <>
      <TextField
        type={isShown ? 'text' : 'password'}
        // "new-password": a browser that offers to save it asks first; the line below says to choose Never.
        autoComplete="new-password"
        label={labels.passphrase}
        value={value.passphrase}
        onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
        onBlur={() => {
          if (strengthText && error !== 'tooShort') say(strengthText);
        }}
        // With the "too short" error showing, the hint would only say the same words a second time.
        hint={error === 'tooShort' ? undefined : value.passphrase ? strengthText : t('strength.start')}
        error={error === 'tooShort' ? t('strength.tooShort') : undefined}
      />
      <TextField
        type={isShown ? 'text' : 'password'}
        autoComplete="new-password"
        label={labels.repeat}
        value={value.repeat}
        onChange={(event) => onChange({ ...value, repeat: event.target.value })}
        error={error === 'mismatch' ? t('lock.mismatch') : undefined}
      />
      <RevealToggle
        label={t('common:reveal.show')}
        name={namesRevealedField ? t('common:reveal.showFor', { field: labels.passphrase }) : undefined}
        isShown={isShown}
        onToggle={setIsShown}
      />
      <p className="quiet small">{t('lock.dontSave')}</p>
    </>
  );
}
