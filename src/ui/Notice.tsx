import { useRef, type ReactNode } from 'react';
import { useAnnounceContent } from './Announcer';

/**
 * A message box that does not steal focus. The box itself is not a live region (one that appears
 * with its text is often missed): its words are handed to the shell's announcer when it appears or
 * its text changes. `polite` waits until the screen reader is quiet; `alert` interrupts and is kept
 * for things that went wrong. `silent` for a notice that is simply part of the screen, read with it.
 */
export function Notice({
  tone,
  children,
  silent = false,
}: {
  tone: 'polite' | 'alert';
  children: ReactNode;
  silent?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useAnnounceContent(ref, tone === 'alert' ? 'assertive' : 'polite', { onMount: true, silent });
  return (
    <div ref={ref} className={`notice notice--${tone}`}>
      {children}
    </div>
  );
}
