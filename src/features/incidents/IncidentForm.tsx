import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentFieldNames, validateIncidentFields, type IncidentFields } from '../../domain/incident';
import { Button, TextAreaField, TextField } from '../../ui';
import { registerPendingSave } from '../plan';

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
 * right, and a wrong field says why in the person's language. Before the app reloads for an update,
 * what was typed is saved first (as the plan's forms do).
 */
export function IncidentForm({ initial, submitLabel, onSubmit, onCancel }: IncidentFormProps) {
  const { t } = useTranslation('incidents');
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const latest = useRef({ values, initial, onSubmit });
  useEffect(() => {
    latest.current = { values, initial, onSubmit };
  });

  useEffect(
    () =>
      registerPendingSave(async () => {
        const { values: current, initial: start, onSubmit: save } = latest.current;
        const isChanged = incidentFieldNames.some((name) => current[name] !== start[name]);
        const result = validateIncidentFields(current);
        if (isChanged && result.ok) await save(result.fields);
      }),
    [],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateIncidentFields(values);
    if (!result.ok) {
      setErrors(result.errors);
      // To the first field that needs attention, so a screen reader user hears why.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setIsSaving(true);
    try {
      await onSubmit(result.fields);
    } catch {
      // Kept as typed: the storage banner says what went wrong, and saving again works.
    } finally {
      setIsSaving(false);
    }
  };

  const errorOf = (name: FieldName) =>
    errors[name]
      ? t(`errors.${errors[name]}` as 'errors.required', { limit: name === 'place' ? 200 : 4000 })
      : undefined;

  return (
    <form ref={formRef} className="item-form incident-form" onSubmit={submit} noValidate>
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
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
