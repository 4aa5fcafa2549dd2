import { describe, expect, it, vi } from 'vitest';
import { onQuickExit, quickExit } from '../../../src/lib/quickExit';

describe('quick exit', () => {
  it('blanks the page before replacing it with the neutral site', () => {
    document.body.innerHTML = '<p>private plan</p>';
    document.title = 'Verder';
    let bodyWhenReplaced = '';
    quickExit('https://www.buienradar.nl', document, {
      replace: () => {
        bodyWhenReplaced = document.body.innerHTML;
      },
    });
    expect(bodyWhenReplaced).toBe('');
    expect(document.title).toBe('');
    expect(document.documentElement).toHaveClass('is-exiting');
  });

  it('goes to the neutral address with replace, not a new history entry', () => {
    const replace = vi.fn();
    quickExit('https://www.buienradar.nl', document, { replace });
    expect(replace).toHaveBeenCalledWith('https://www.buienradar.nl');
  });

  it('tells features to forget what they hold, even when one of them fails', () => {
    const forget = vi.fn();
    const stopFailing = onQuickExit(() => {
      throw new Error('speech engine gone');
    });
    const stopForget = onQuickExit(forget);
    const replace = vi.fn();
    quickExit('https://www.buienradar.nl', document, { replace });
    stopFailing();
    stopForget();
    expect(forget).toHaveBeenCalledOnce();
    expect(replace).toHaveBeenCalledOnce();
  });
});
