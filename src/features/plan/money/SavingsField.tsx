import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCentsForInput, parseAmount } from '../../../domain/money';
import { Button, TextField } from '../../../ui';
import { useMoneyFormat } from './useMoneyFormat';

/** The savings the two pictures count on: one amount, kept in the vault like every money record. */
export function SavingsField({ cents, onSave }: { cents: number; onSave: (cents: number) => Promise<void> }) {
  const { t, i18n } = useTranslation('money');
  const format = useMoneyFormat();
  const [value, setValue] = useState(() => (cents > 0 ? formatCentsForInput(cents, i18n.language) : ''));
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseAmount(value, i18n.language);
    if (!parsed.ok) {
      setError(t(`errors.${parsed.error}`));
      const input = event.currentTarget.querySelector<HTMLElement>('input');
      requestAnimationFrame(() => input?.focus());
      return;
    }
    setError(undefined);
    await onSave(parsed.cents).catch(() => setError(t('errors.storage')));
  };
  return (
    <section className="plan-section money-savings" aria-labelledby="money-savings">
      <h2 id="money-savings">{t('savings.title')}</h2>
      <p>{t('savings.current', { amount: format(cents) })}</p>
      <form className="item-form no-print" onSubmit={submit} noValidate>
        <TextField
          label={t('savings.label')}
          hint={t('fields.amountHint')}
          value={value}
          error={error}
          inputMode="decimal"
          onChange={(event) => setValue(event.target.value)}
        />
        <Button type="submit" variant="primary">
          {t('savings.save')}
        </Button>
      </form>
    </section>
  );
}
