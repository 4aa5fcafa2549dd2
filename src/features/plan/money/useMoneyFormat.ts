import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../domain/money';

/** Cents in the reader's language and currency format; minus amounts as that language writes them. */
export function useMoneyFormat(): (cents: number) => string {
  const { i18n } = useTranslation();
  return (cents) => formatCents(cents, i18n.language);
}
