import type { MouseEvent, ReactNode } from 'react';
import { useNavigation } from './NavigationContext';
import type { Route } from './routes';

/**
 * A link to another screen. It is a real <a> so screen readers announce a link, but the address
 * stays the same, and the click only changes state — no history entry is added.
 */
export function RouteLink({ to, className, children }: { to: Route; className?: string; children: ReactNode }) {
  const { navigate } = useNavigation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href="./" className={className} onClick={onClick}>
      {children}
    </a>
  );
}
