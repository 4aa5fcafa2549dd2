import type { ReactNode } from 'react';

/**
 * A message that does not steal focus. `polite` waits until the screen reader is quiet; `alert`
 * interrupts and is kept for things that went wrong.
 */
export function Notice({ tone, children }: { tone: 'polite' | 'alert'; children: ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'alert' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
