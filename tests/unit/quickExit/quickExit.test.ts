import { describe, expect, it, vi } from 'vitest';
import { guardState } from '../../../src/lib/historyMarks';
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

describe('quick exit and the Back guard (threat: Back or Forward after quick exit loads Verder again)', () => {
  function memoryStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (key) => items.get(key) ?? null,
      key: (index) => [...items.keys()][index] ?? null,
      removeItem: (key) => void items.delete(key),
      setItem: (key, value) => void items.set(key, value),
    };
  }

  it('steps back over the guard entry (one step) before replacing Verder’s own entry', async () => {
    const calls: number[] = [];
    const history = {
      length: 2,
      state: null as unknown,
      go: (delta: number) => {
        calls.push(delta);
        setTimeout(() => window.dispatchEvent(new PopStateEvent('popstate')), 5);
      },
      replaceState(data: unknown) {
        this.state = data;
      },
    };
    markHistoryEntry(history);
    // The guard is on top, and an older forward entry made the list longer than the mark saw.
    history.length = 5;
    history.state = guardState();
    const replace = vi.fn();
    quickExit('https://www.buienradar.nl', document, { replace }, { history });
    expect(calls).toEqual([-1]);
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith('https://www.buienradar.nl'));
  });

  it('remembers in this tab that it left, saying nothing else', () => {
    sessionStorage.clear();
    quickExit('https://www.buienradar.nl', document, { replace: vi.fn() });
    expect(Object.keys(sessionStorage)).toEqual(['verder-left']);
    expect(sessionStorage.getItem('verder-left')).toBe('1');
  });

  it('a page reached with Back or Forward after quick exit in this tab goes straight to the neutral site', () => {
    const storage = memoryStorage();
    storage.setItem('verder-left', '1');
    const replace = vi.fn();
    expect(leaveIfStaleEntry('https://www.buienradar.nl', { hash: '', replace }, 'back_forward', storage)).toBe(true);
    expect(replace).toHaveBeenCalledWith('https://www.buienradar.nl');
  });

  it('opening Verder afresh after a quick exit shows it again, and forgets that it left', () => {
    const storage = memoryStorage();
    storage.setItem('verder-left', '1');
    const replace = vi.fn();
    expect(leaveIfStaleEntry('https://www.buienradar.nl', { hash: '', replace }, 'navigate', storage)).toBe(false);
    expect(replace).not.toHaveBeenCalled();
    expect(storage.length).toBe(0);
    // Back to Verder without a quick exit in this tab (e.g. after a page outside Verder): shown as usual.
    expect(leaveIfStaleEntry('https://www.buienradar.nl', { hash: '', replace }, 'back_forward', storage)).toBe(false);
  });
});
