import { useState, type FormEvent } from 'react';
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
import { Button, SelectField, TextField } from '../../../ui';
import type { NewLine } from './moneyRecords';

interface MoneyLineFormProps {
  side: MoneySide;
  picture: MoneyPicture;
  initial?: MoneyLine;
  submitLabel: string;
  onSubmit: (fields: NewLine) => Promise<void>;
  onCancel: () => void;
}

/**
 * One budget line: what it is, the person's own words, the amount as they type it, how often.
 * A wrong amount is named in their language and nothing is saved; a failed save keeps what was typed.
 */
export function MoneyLineForm({ side, picture, initial, submitLabel, onSubmit, onCancel }: MoneyLineFormProps) {
  const { t, i18n } = useTranslation('money');
  const categories = side === 'in' ? incomeCategories : costCategories;
  const [category, setCategory] = useState<MoneyCategory>(initial?.category ?? categories[0]);
  const [label, setLabel] = useState(initial?.label ?? '');
  const [amount, setAmount] = useState(initial ? formatCentsForInput(initial.amountCents, i18n.language) : '');
  const [period, setPeriod] = useState<MoneyPeriod>(initial?.period ?? 'month');
  const [error, setError] = useState<string | undefined>();
  const [labelError, setLabelError] = useState<string | undefined>();
  const [isSaving, setIsSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = parseAmount(amount, i18n.language);
    const labelTooLong = label.trim().length > 200;
    setError(parsed.ok ? undefined : t(`errors.${parsed.error}`));
    setLabelError(labelTooLong ? t('errors.tooLong') : undefined);
    if (!parsed.ok || labelTooLong) {
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIsSaving(true);
    try {
      await onSubmit({ side, picture, category, label: label.trim(), amountCents: parsed.cents, period });
    } catch {
      setError(t('errors.storage'));
    } finally {
      setIsSaving(false);
    }
  };

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
        error={labelError}
        onChange={(event) => setLabel(event.target.value)}
      />
      <TextField
        label={t('fields.amount')}
        hint={t('fields.amountHint')}
        value={amount}
        error={error}
        inputMode="decimal"
        onChange={(event) => setAmount(event.target.value)}
      />
      <SelectField
        label={t('fields.period')}
        value={period}
        options={moneyPeriods.map((id) => ({ value: id, label: t(`periods.${id}`) }))}
        onChange={(event) => setPeriod(event.target.value as MoneyPeriod)}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
