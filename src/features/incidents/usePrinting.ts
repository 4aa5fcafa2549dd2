/**
 * What to print: nothing (the summary is not in the page at all), one record, or all. The browser's
 * own print menu prints all; the buttons choose first, then open the print menu.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export type PrintTarget = { all: true } | { id: string };

export function usePrinting(): [PrintTarget | null, (target: PrintTarget) => void] {
  const [target, setTarget] = useState<PrintTarget | null>(null);
  useEffect(() => {
    const before = () => flushSync(() => setTarget((current) => current ?? { all: true }));
    const after = () => setTarget(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = (next: PrintTarget) => {
    flushSync(() => setTarget(next));
    window.print();
  };
  return [target, print];
}
