import { Button } from './Button';

/** Save and Cancel under every form, in the same order and style everywhere; Save waits while saving. */
export function FormButtons({
  submitLabel,
  isSaving,
  cancelLabel,
  onCancel,
}: {
  submitLabel: string;
  isSaving: boolean;
  cancelLabel: string;
  onCancel?: () => void;
}) {
  return (
    <div className="button-row">
      <Button type="submit" variant="primary" disabled={isSaving}>
        {submitLabel}
      </Button>
      {onCancel ? <Button onClick={onCancel}>{cancelLabel}</Button> : null}
    </div>
  );
}
