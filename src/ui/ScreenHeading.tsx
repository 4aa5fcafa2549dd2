import type { ReactNode } from 'react';
import { useScopedId } from './IdScope';

/** The page's one h1. The shell moves focus here after navigation, so it is focusable by script only. */
export const screenHeadingId = 'screen-heading';

export function ScreenHeading({ children }: { children: ReactNode }) {
  const sid = useScopedId();
  return (
    <h1 id={sid(screenHeadingId)} tabIndex={-1}>
      {children}
    </h1>
  );
}
