import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentFieldNames, validateIncidentFields, type IncidentFields } from '../../domain/incident';
import { FormButtons, TextAreaField, TextField } from '../../ui';
import { useVaultForm } from '../plan';

type FieldName = (typeof incidentFieldNames)[number];
const inputTypes: Partial<Record<FieldName, 'date' | 'time' | 'text'>> = { date: 'date', time: 'time', place: 'text' };

interface IncidentFormProps {
  initial: Record<FieldName, string>;
  submitLabel: string;
  /** Resolves false when nothing could be stored (the vault locked, or someone is being shown Verder). */
  onSubmit: (fields: IncidentFields) => Promise<boolean>;
  onCancel: () => void;
}

/**
 * Every field of a record; only "what happened" is needed. Nothing is stored until every field is
 * right, and a wrong field says why in the person's language (see useVaultForm, as the plan's forms).
 */
export function IncidentForm({ initial, submitLabel, onSubmit, onCancel }: IncidentFormProps) {
  const { t } = useTranslation('incidents');
  const [values, setValues] = useState(initial);
  const { errors, isSaving, submit } = useVaultForm({
    check: () => validateIncidentFields(values),
    save: onSubmit,
    isChanged: () => incidentFieldNames.some((name) => values[name] !== initial[name]),
  });

  const errorOf = (name: FieldName) =>
    errors[name]
      ? t(`errors.${errors[name]}` as 'errors.required', { limit: name === 'place' ? 200 : 4000 })
      : undefined;

  return (
    <form className="item-form incident-form" onSubmit={submit} noValidate>
      {incidentFieldNames.map((name) => {
        const common = {
          name,
          label: t(`fields.${name}`),
          value: values[name],
          error: errorOf(name),
          hint: name === 'date' ? t('hints.date') : undefined,
        };
        const type = inputTypes[name];
        return type ? (
          <TextField
            {...common}
            key={name}
            type={type}
            onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
          />
        ) : (
          <TextAreaField
            {...common}
            key={name}
            rows={name === 'what' ? 6 : 3}
            onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
          />
        );
      })}
      <FormButtons submitLabel={submitLabel} isSaving={isSaving} cancelLabel={t('cancel')} onCancel={onCancel} />
    </form>
  );
}
