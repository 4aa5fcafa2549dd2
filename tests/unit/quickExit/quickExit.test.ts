import { describe, expect, it, vi } from 'vitest';
import { leaveIfStaleEntry, markHistoryEntry, onQuickExit, quickExit } from '../../../src/lib/quickExit';

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

describe('quick exit and the history (threat: Back after quick exit shows Verder again)', () => {
  function fakeHistory(length: number) {
    const calls: number[] = [];
    return {
      calls,
      history: {
        length,
        state: null as unknown,
        go: (delta: number) => {
          calls.push(delta);
          // The browser answers a same-document step with popstate, a moment later.
          setTimeout(() => window.dispatchEvent(new PopStateEvent('popstate')), 5);
        },
        replaceState(data: unknown) {
          this.state = data;
        },
      },
    };
  }

  it('steps back onto Verder’s own entry before replacing it, when something added entries after it', async () => {
    const { calls, history } = fakeHistory(2);
    markHistoryEntry(history);
    history.length = 4;
    history.state = null;
    const replace = vi.fn();
    quickExit('https://www.buienradar.nl', document, { replace }, { history });
    expect(replace).not.toHaveBeenCalled();
    expect(calls).toEqual([-2]);
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith('https://www.buienradar.nl'));
  });

  it('replaces at once when Verder is still on its own entry', () => {
    const { calls, history } = fakeHistory(3);
    markHistoryEntry(history);
    const replace = vi.fn();
    quickExit('https://www.buienradar.nl', document, { replace }, { history });
    expect(calls).toEqual([]);
    expect(replace).toHaveBeenCalledOnce();
  });

  it('sends an old entry with a fragment, reached with Forward, straight to the neutral site', () => {
    const replace = vi.fn();
    expect(leaveIfStaleEntry('https://www.buienradar.nl', { hash: '#main', replace } as unknown as Location)).toBe(
      true,
    );
    expect(replace).toHaveBeenCalledWith('https://www.buienradar.nl');
    expect(leaveIfStaleEntry('https://www.buienradar.nl', { hash: '', replace } as unknown as Location)).toBe(false);
  });

  it('waits for work that must finish first (quick exit also erases), but never longer than a few seconds', async () => {
    let finish: () => void = () => undefined;
    const stop = onQuickExit(() => new Promise<void>((resolve) => (finish = resolve)));
    const replace = vi.fn();
    quickExit('https://www.buienradar.nl', document, { replace });
    expect(replace).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(replace).toHaveBeenCalledOnce());
    stop();
  });
});
