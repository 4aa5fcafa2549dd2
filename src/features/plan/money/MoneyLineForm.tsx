import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCentsForInput, moneyPeriods, parseAmount, type MoneyPeriod } from '../../../domain/money';
import {
  costCategories,
  incomeCategories,
  type MoneyCategory,
  type MoneyLine,
  type MoneyPicture,
  type MoneySide,
} from '../../../domain/moneyItems';
import { FormButtons, SelectField, TextField } from '../../../ui';
import { useVaultForm } from '../useVaultForm';
import type { NewLine } from './moneyRecords';

interface MoneyLineFormProps {
  side: MoneySide;
  picture: MoneyPicture;
  initial?: MoneyLine;
  submitLabel: string;
  onSubmit: (fields: NewLine) => Promise<void>;
  onCancel: () => void;
  /** Saves what the form holds, quietly, when the vault locks with the form open (see useVaultForm). */
  onKeep?: (fields: NewLine) => Promise<unknown>;
}

/**
 * One budget line: what it is, the person's own words, the amount as they type it, how often.
 * A wrong amount is named in their language and nothing is saved; a failed save keeps what was typed
 * (see useVaultForm).
 */
export function MoneyLineForm({ side, picture, initial, submitLabel, onSubmit, onCancel, onKeep }: MoneyLineFormProps) {
  const { t, i18n } = useTranslation('money');
  const categories = side === 'in' ? incomeCategories : costCategories;
  const [category, setCategory] = useState<MoneyCategory>(initial?.category ?? categories[0]);
  const [label, setLabel] = useState(initial?.label ?? '');
  const startAmount = initial ? formatCentsForInput(initial.amountCents, i18n.language) : '';
  const [amount, setAmount] = useState(startAmount);
  const [period, setPeriod] = useState<MoneyPeriod>(initial?.period ?? 'month');
  const { errors, isSaving, hasFailed, submit } = useVaultForm<NewLine>({
    check: () => {
      const parsed = parseAmount(amount, i18n.language);
      const errors: Record<string, string> = {};
      if (!parsed.ok) errors.amount = parsed.error;
      if (label.trim().length > 200) errors.label = 'tooLong';
      if (!parsed.ok || errors.label) return { ok: false, errors };
      return {
        ok: true,
        fields: { side, picture, category, label: label.trim(), amountCents: parsed.cents, period },
      };
    },
    save: onSubmit,
    keep: onKeep,
    isChanged: () =>
      category !== (initial?.category ?? categories[0]) ||
      label !== (initial?.label ?? '') ||
      amount !== startAmount ||
      period !== (initial?.period ?? 'month'),
  });
  const errorOf = (name: string) => (errors[name] ? t(`errors.${errors[name]}` as 'errors.required') : undefined);

  return (
    <form className="item-form money-form" onSubmit={submit} noValidate>
      <SelectField
        label={t('fields.category')}
        value={category}
        options={categories.map((id) => ({ value: id, label: t(`categories.${id}`) }))}
        onChange={(event) => setCategory(event.target.value as MoneyCategory)}
      />
      <TextField
        label={t('fields.label')}
        value={label}
        error={errorOf('label')}
        onChange={(event) => setLabel(event.target.value)}
      />
      <TextField
        label={t('fields.amount')}
        hint={t('fields.amountHint')}
        value={amount}
        error={errorOf('amount')}
        inputMode="decimal"
        onChange={(event) => setAmount(event.target.value)}
      />
      <SelectField
        label={t('fields.period')}
        value={period}
        options={moneyPeriods.map((id) => ({ value: id, label: t(`periods.${id}`) }))}
        onChange={(event) => setPeriod(event.target.value as MoneyPeriod)}
      />
      {hasFailed ? <p className="field__error">{t('errors.storage')}</p> : null}
      <FormButtons submitLabel={submitLabel} isSaving={isSaving} cancelLabel={t('cancel')} onCancel={onCancel} />
    </form>
  );
}
