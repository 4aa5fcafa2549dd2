import { Button } from './Button';

/**
 * "Show what I type" for passphrase fields (audit m14): a person with a tremor, or who reads with
 * difficulty, can check the letters before submitting. A toggle (aria-pressed) with one fixed name;
 * hidden again whenever the form is closed, as the state lives with the form.
 */
export function RevealToggle({
  label,
  isShown,
  onToggle,
}: {
  label: string;
  isShown: boolean;
  onToggle: (isShown: boolean) => void;
}) {
  return (
    <p>
      <Button aria-pressed={isShown} onClick={() => onToggle(!isShown)}>
        {label}
      </Button>
    </p>
  );
}
