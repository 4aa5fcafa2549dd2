import { Button } from './Button';

/**
 * "Show what I type" for passphrase fields (audit m14): a person with a tremor, or who reads with
 * difficulty, can check the letters before submitting. A toggle (aria-pressed) with one fixed name;
 * hidden again whenever the form is closed, as the state lives with the form. Where a form holds two
 * of them (change the passphrase), `name` says which field each shows ("Show what I type: Current
 * passphrase"), starting with the visible words: two buttons with one name cannot be told apart.
 */
export function RevealToggle({
  label,
  name,
  isShown,
  onToggle,
}: {
  label: string;
  name?: string;
  isShown: boolean;
  onToggle: (isShown: boolean) => void;
}) {
  return (
    <p>
      <Button aria-pressed={isShown} aria-label={name} onClick={() => onToggle(!isShown)}>
        {label}
      </Button>
    </p>
  );
}
