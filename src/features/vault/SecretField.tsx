import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealToggle, TextField } from '../../ui';

const masksText =
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('-webkit-text-security', 'disc');

/**
 * A field for a passphrase that is typed to open something (unlock, current passphrase). Password
 * managers treat a password field as a login and offer to save and fill it — then anyone holding the
 * phone could open the plan. Where the browser can mask a text field (Chromium, WebKit), this is a
 * masked text field that managers ignore; elsewhere a password field with autocomplete off.
 * "Show what I type" unmasks it until pressed again or the form closes.
 */
export function SecretField({
  label,
  error,
  namesRevealedField = false,
  ...props
}: {
  label: string;
  error?: string;
  /** The form has another "Show what I type": this one's name says it is for this field. */
  namesRevealedField?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const { t } = useTranslation('common');
  const [isShown, setIsShown] = useState(false);
  return (
    <>
      <TextField
        {...props}
        label={label}
        error={error}
        type={masksText || isShown ? 'text' : 'password'}
        className={masksText && !isShown ? 'secret-input' : undefined}
        autoComplete="off"
        inputMode="text"
        data-1p-ignore=""
        data-lpignore="true"
        data-bwignore=""
        data-form-type="other"
      />
      <RevealToggle
        label={t('reveal.show')}
        name={namesRevealedField ? t('reveal.showFor', { field: label }) : undefined}
        isShown={isShown}
        onToggle={setIsShown}
      />
    </>
  );
}
