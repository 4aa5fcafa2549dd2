import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refuseOtherEraYears } from '../../../domain/calendarSchemas';
import { formatCentsForInput, parseAmount } from '../../../domain/money';
import { debtSchema, type Debt } from '../../../domain/moneyItems';
import { FormButtons, TextAreaField, TextField } from '../../../ui';
import { useVaultForm, type FormCheck } from '../useVaultForm';
import type { NewDebt } from './moneyRecords';

type TextFieldName = 'creditor' | 'amount' | 'since' | 'arrangement' | 'nextPaymentDate' | 'note';
const textFieldNames: readonly TextFieldName[] = [
  'creditor',
  'amount',
  'since',
  'arrangement',
  'nextPaymentDate',
  'note',
];
const knownErrors = ['required', 'tooLong', 'date'];

function startValues(debt: Debt | undefined, locale: string): Record<TextFieldName, string> {
  return {
    creditor: debt?.creditor ?? '',
    amount: debt ? formatCentsForInput(debt.amountCents, locale) : '',
    since: debt?.since ?? '',
    arrangement: debt?.arrangement ?? '',
    nextPaymentDate: debt?.nextPaymentDate ?? '',
    note: debt?.note ?? '',
  };
}

export function checkDebt(
  values: Record<TextFieldName, string>,
  letterUnopened: boolean,
  initial: Debt | undefined,
  locale: string,
): FormCheck<NewDebt> {
  const errors: Partial<Record<TextFieldName, string>> = {};
  const amount = parseAmount(values.amount, locale);
  if (!amount.ok) errors.amount = amount.error;
  const fields: NewDebt = {
    creditor: values.creditor.trim(),
    amountCents: amount.ok ? amount.cents : 0,
    since: values.since,
    arrangement: values.arrangement.trim(),
    nextPaymentDate: values.nextPaymentDate,
    letterUnopened,
    paidOff: initial?.paidOff ?? false,
    note: values.note.trim(),
  };
  refuseOtherEraYears(values, ['since', 'nextPaymentDate'], errors);
  const checked = debtSchema.safeParse({ ...fields, kind: 'debt', id: 'check', order: 0, updatedAt: 0 });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const name = String(issue.path[0]) as TextFieldName;
      errors[name] ??= knownErrors.includes(issue.message) ? issue.message : 'required';
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields };
}

/** A debt as the person knows it; every field but "to whom" and "how much" may stay empty. */
export function DebtForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  onKeep,
}: {
  initial?: Debt;
  submitLabel: string;
  onSubmit: (fields: NewDebt) => Promise<void>;
  onCancel: () => void;
  /** Saves what the form holds, quietly, when the vault locks with the form open (see useVaultForm). */
  onKeep?: (fields: NewDebt) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation('money');
  const [values, setValues] = useState(() => startValues(initial, i18n.language));
  const [letterUnopened, setLetterUnopened] = useState(initial?.letterUnopened ?? false);
  const start = startValues(initial, i18n.language);
  const { errors, isSaving, hasFailed, submit } = useVaultForm({
    check: () => checkDebt(values, letterUnopened, initial, i18n.language),
    save: onSubmit,
    keep: onKeep,
    isChanged: () =>
      letterUnopened !== (initial?.letterUnopened ?? false) ||
      textFieldNames.some((name) => values[name] !== start[name]),
  });

  const field = (name: TextFieldName, type: 'text' | 'date' = 'text') => (
    <TextField
      label={t(`debts.fields.${name === 'amount' ? 'amount' : name}`)}
      type={type}
      value={values[name]}
      hint={name === 'amount' ? t('fields.amountHint') : undefined}
      inputMode={name === 'amount' ? 'decimal' : undefined}
      error={errors[name] ? t(`errors.${errors[name]}` as 'errors.required') : undefined}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
    />
  );

  return (
    <form className="item-form money-form" onSubmit={submit} noValidate>
      {field('creditor')}
      {field('amount')}
      {field('since', 'date')}
      {field('arrangement')}
      {field('nextPaymentDate', 'date')}
      <label className="check-field">
        <input type="checkbox" checked={letterUnopened} onChange={(event) => setLetterUnopened(event.target.checked)} />
        <span>{t('debts.fields.letterUnopened')}</span>
      </label>
      <TextAreaField
        label={t('debts.fields.note')}
        value={values.note}
        error={errors.note ? t(`errors.${errors.note}` as 'errors.required') : undefined}
        onChange={(event) => setValues((current) => ({ ...current, note: event.target.value }))}
      />
      {hasFailed ? <p className="field__error">{t('errors.storage')}</p> : null}
      <FormButtons submitLabel={submitLabel} isSaving={isSaving} cancelLabel={t('cancel')} onCancel={onCancel} />
    </form>
  );
}
