import { createContext, useContext, type ReactNode } from 'react';
import { useScopedId } from './IdScope';

/** The page's one h1. The shell moves focus here after navigation, so it is focusable by script only. */
export const screenHeadingId = 'screen-heading';

/**
 * What the shell puts right after the screen's h1 (Read aloud, audit m4): the h1 gets focus on every
 * new screen, so what follows it is the first Tab stop. Given only to the screen's own column, not to
 * the second-language copy while showing someone.
 */
export const AfterScreenHeading = createContext<ReactNode>(null);

export function ScreenHeading({ children }: { children: ReactNode }) {
  const sid = useScopedId();
  const after = useContext(AfterScreenHeading);
  return (
    <>
      <h1 id={sid(screenHeadingId)} tabIndex={-1}>
        {children}
      </h1>
      {after}
    </>
  );
}
