import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domainIds } from '../../../domain/domains';
import { stepStatuses, talentIds, validateFields, type PlanItemFields, type PlanItemKind } from '../../../domain/plan';
import { FormButtons, SelectField, TextAreaField, TextField } from '../../../ui';
import { itemFields, type FieldSpec } from './itemFields';
import { useVaultForm } from '../useVaultForm';

interface ItemFormProps<K extends PlanItemKind> {
  kind: K;
  initial: Record<string, string>;
  submitLabel: string;
  onSubmit: (fields: PlanItemFields[K]) => Promise<void>;
  onCancel?: () => void;
  /** Saves what the form holds, quietly, when the vault locks with the form open (see useVaultForm). */
  onKeep?: (fields: PlanItemFields[K]) => Promise<void>;
  /** A new item's form: the first field takes focus, so typing can start at once. */
  focusFirst?: boolean;
}

/**
 * One form for every kind of item, driven by its field list. Errors are shown per field in the
 * person's language and nothing is saved until every field is right (see useVaultForm).
 */
export function ItemForm<K extends PlanItemKind>({
  kind,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  onKeep,
  focusFirst = false,
}: ItemFormProps<K>) {
  const { t } = useTranslation('plan');
  const [values, setValues] = useState(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, isSaving, submit } = useVaultForm({
    check: () => validateFields(kind, values),
    save: onSubmit,
    isChanged: () => Object.keys(values).some((name) => values[name] !== initial[name]),
    onSaved: () => setValues(initial),
    keep: onKeep,
  });

  useEffect(() => {
    if (focusFirst) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [focusFirst]);

  const change = (name: string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const errorOf = (name: string) => (errors[name] ? t(`errors.${errors[name]}` as 'errors.required') : undefined);

  return (
    <form ref={formRef} className="item-form" onSubmit={submit} noValidate>
      {itemFields[kind].map((field) => (
        <FieldControl
          key={field.name}
          kind={kind}
          field={field}
          value={values[field.name] ?? ''}
          error={errorOf(field.name)}
          onChange={(value) => change(field.name, value)}
        />
      ))}
      <FormButtons submitLabel={submitLabel} isSaving={isSaving} cancelLabel={t('item.cancel')} onCancel={onCancel} />
    </form>
  );
}

function FieldControl({
  kind,
  field,
  value,
  error,
  onChange,
}: {
  kind: PlanItemKind;
  field: FieldSpec;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation(['plan', 'explore']);
  const label = t(`fields.${kind}.${field.name}` as 'fields.note.text');
  const common = { label, error, value, name: field.name };
  switch (field.type) {
    case 'textarea':
      return <TextAreaField {...common} onChange={(event) => onChange(event.target.value)} />;
    case 'domain': {
      const options = domainIds.map((id) => ({ value: id, label: t(`explore:domains.${id}.title`) }));
      const all = kind === 'goal' ? options : [{ value: '', label: t('noDomain') }, ...options];
      return <SelectField {...common} options={all} onChange={(event) => onChange(event.target.value)} />;
    }
    case 'status':
      return (
        <SelectField
          {...common}
          options={stepStatuses.map((id) => ({ value: id, label: t(`status.${id}`) }))}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'talent':
      return (
        <SelectField
          {...common}
          options={[
            { value: '', label: t('ownTalent') },
            ...talentIds.map((id) => ({ value: id, label: t(`talents.${id}`) })),
          ]}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    default:
      return (
        <TextField
          {...common}
          type={field.type}
          inputMode={field.type === 'tel' ? 'tel' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}
