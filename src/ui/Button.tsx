import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';

type ButtonVariant = 'primary' | 'secondary' | 'exit';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** React 19 passes a ref as a prop: used to move focus back to a button after an undo. */
  ref?: Ref<HTMLButtonElement>;
  /**
   * Working (audit m7): marked aria-disabled, not disabled — a disabled button drops the focus that
   * pressed it, and leaves the Tab order. A press while busy does nothing: no click handler, and a
   * submit button does not submit its form again (also not by Enter in a field). The screen says
   * what is going on in its own words (a notice, announced).
   */
  isBusy?: boolean;
}

/** A button with a tap target of at least 44 × 44 px; text arrives by props. */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  isBusy = false,
  onClick,
  ...props
}: ButtonProps) {
  const classes = ['button', `button--${variant}`, isBusy ? 'button--busy' : null, className].filter(Boolean).join(' ');
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (isBusy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={classes}
      onClick={click}
      {...props}
      aria-disabled={isBusy ? true : props['aria-disabled']}
    />
  );
}
