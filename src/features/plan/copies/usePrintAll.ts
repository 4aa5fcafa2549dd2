import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Printing shows every item, also of long lists; the browser's own print menu included. The state
 * flips before the print dialog takes its picture of the page.
 */
export function usePrintAll(): [boolean, () => void] {
  const [isPrinting, setIsPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setIsPrinting(true));
    const after = () => setIsPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = () => {
    flushSync(() => setIsPrinting(true));
    window.print();
  };
  return [isPrinting, print];
}
