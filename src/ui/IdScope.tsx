import { createContext, useCallback, useContext, type ReactNode } from 'react';

/**
 * Screens use fixed ids (for aria-labelledby and focus). When a screen is shown a second time on
 * the same page, in another language beside the first, its copy gets a suffix on every id, so ids
 * stay unique and labels point to their own column.
 */
const IdSuffixContext = createContext('');

export function IdScope({ suffix, children }: { suffix: string; children: ReactNode }) {
  return <IdSuffixContext.Provider value={suffix}>{children}</IdSuffixContext.Provider>;
}

/** Returns a function that turns a screen's fixed id into the one for this copy of the screen. */
export function useScopedId(): (id: string) => string {
  const suffix = useContext(IdSuffixContext);
  return useCallback((id: string) => (suffix === '' ? id : `${id}--${suffix}`), [suffix]);
}

/** True inside a second copy of a screen: such a copy shows, and leaves input to the first copy. */
export function useIsScopedCopy(): boolean {
  return useContext(IdSuffixContext) !== '';
}
