import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  codeWordLimit,
  defaultDurationMinutes,
  validateCheckIn,
  type CheckInFields,
  type CheckInInput,
} from '../../domain/checkIn';
import { itemsOfKind, localIsoDate } from '../../domain/plan';
import { FormButtons, SelectField, TextField } from '../../ui';
import { usePlan, useVaultForm, type FormCheck } from '../plan';

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A new check-in runs until an hour from now; the person changes it to what they agreed. */
export function startingValues(now = new Date()): CheckInInput {
  const until = new Date(now.getTime() + defaultDurationMinutes * 60_000);
  return {
    who: '',
    where: '',
    untilDate: localIsoDate(until),
    untilTime: `${twoDigits(until.getHours())}:${twoDigits(until.getMinutes())}`,
    buddyName: '',
    buddyPhone: '',
    codeWord: '',
    keepAfterEnd: false,
  };
}

/** The buddy can be picked from My contacts (those with a number); the number can always be typed. */
function useContactsWithPhone() {
  const plan = usePlan();
  if (plan.status !== 'ready') return [];
  return itemsOfKind(plan.items, 'contact').filter((contact) => contact.phone !== '');
}

export function CheckInForm({ onStart }: { onStart: (fields: CheckInFields) => Promise<boolean> }) {
  const { t } = useTranslation('checkIn');
  const [initial] = useState<CheckInInput>(() => startingValues());
  const [values, setValues] = useState<CheckInInput>(initial);
  const [contactId, setContactId] = useState('');
  const contacts = useContactsWithPhone();
  // The shared vault-form flow: a wrong field gets focus and nothing is stored; a check-in being typed
  // when the app reloads for an update is started first if it is complete (nothing typed is lost).
  const { errors, isSaving, submit } = useVaultForm({
    check: () => validateCheckIn(values, Date.now()) as FormCheck<CheckInFields>,
    save: onStart,
    isChanged: () => (Object.keys(values) as (keyof CheckInInput)[]).some((name) => values[name] !== initial[name]),
  });

  const set = (name: keyof CheckInInput, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const errorOf = (name: keyof CheckInInput) =>
    errors[name]
      ? t(`errors.${errors[name]}` as 'errors.required', { limit: name === 'codeWord' ? codeWordLimit : 200 })
      : undefined;

  const chooseContact = (id: string) => {
    setContactId(id);
    const contact = contacts.find((entry) => entry.id === id);
    setValues((current) =>
      contact
        ? { ...current, buddyName: contact.name, buddyPhone: contact.phone }
        : { ...current, buddyName: '', buddyPhone: '' },
    );
  };

  const text = (name: 'who' | 'where' | 'buddyName' | 'buddyPhone' | 'codeWord', hint?: string) => (
    <TextField
      name={name}
      label={t(`fields.${name}`)}
      hint={hint}
      value={values[name]}
      error={errorOf(name)}
      type={name === 'buddyPhone' ? 'tel' : 'text'}
      onChange={(event) => set(name, event.target.value)}
    />
  );

  return (
    <form className="item-form check-in-form" onSubmit={submit} noValidate>
      {text('who', t('hints.who'))}
      {text('where')}
      <div className="check-in-until">
        <TextField
          name="untilDate"
          type="date"
          label={t('fields.untilDate')}
          value={values.untilDate}
          error={errorOf('untilDate')}
          onChange={(event) => set('untilDate', event.target.value)}
        />
        <TextField
          name="untilTime"
          type="time"
          label={t('fields.untilTime')}
          hint={t('hints.until')}
          value={values.untilTime}
          error={errorOf('untilTime')}
          onChange={(event) => set('untilTime', event.target.value)}
        />
      </div>
      {contacts.length > 0 ? (
        <SelectField
          name="buddy"
          label={t('fields.buddy')}
          value={contactId}
          options={[
            { value: '', label: t('typeNumber') },
            ...contacts.map((contact) => ({
              value: contact.id,
              label: contact.role ? `${contact.name} (${contact.role})` : contact.name,
            })),
          ]}
          onChange={(event) => chooseContact(event.target.value)}
        />
      ) : (
        <p className="quiet">{t('noContacts')}</p>
      )}
      {text('buddyName')}
      {text('buddyPhone', t('hints.buddyPhone'))}
      {text('codeWord', t('hints.codeWord'))}
      <label className="check-field">
        <input
          type="checkbox"
          name="keepAfterEnd"
          checked={values.keepAfterEnd}
          aria-describedby="check-in-keep-hint"
          onChange={(event) => setValues((current) => ({ ...current, keepAfterEnd: event.target.checked }))}
        />
        <span>{t('fields.keepAfterEnd')}</span>
      </label>
      <p className="quiet" id="check-in-keep-hint">
        {t('hints.keepAfterEnd')}
      </p>
      <FormButtons submitLabel={t('start')} isSaving={isSaving} cancelLabel="" />
    </form>
  );
}
