import type { MouseEvent, ReactNode } from 'react';
import { useNavigation } from './NavigationContext';
import type { Route } from './routes';

/**
 * A link to another screen. It is a real <a> so screen readers announce a link, but the address
 * stays the same, and the click only changes state — no history entry is added.
 */
export function RouteLink({
  to,
  className,
  current,
  children,
  'aria-label': ariaLabel,
}: {
  to: Route;
  className?: string;
  /** aria-current: 'page' for the screen itself, 'true' for the part of the app it belongs to. */
  current?: 'page' | 'true';
  children: ReactNode;
  /** Only where the visible words alone would mislead; it must start with them (WCAG 2.5.3). */
  'aria-label'?: string;
}) {
  const { navigate } = useNavigation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href="./" className={className} aria-current={current} aria-label={ariaLabel} onClick={onClick}>
      {children}
    </a>
  );
}
