import { describe, expect, it, vi } from 'vitest';
import { createHistoryGuard, stepOffGuardEntry, steppedOffGuardAttribute } from '../../../src/lib/historyGuard';
import { entryState, guardState, isEntryState, isGuardState } from '../../../src/lib/historyMarks';

/** A browser history of same-document entries, as a phone has it: Back fires popstate a moment later. */
function fakeBrowser() {
  const entries: unknown[] = [entryState()];
  let index = 0;
  const events = new EventTarget();
  const pop = () => setTimeout(() => events.dispatchEvent(new PopStateEvent('popstate', { state: entries[index] })), 1);
  const history = {
    get state() {
      return entries[index];
    },
    get length() {
      return entries.length;
    },
    pushState(data: unknown) {
      entries.splice(index + 1, entries.length, data);
      index = entries.length - 1;
    },
    back() {
      if (index === 0) return;
      index--;
      pop();
    },
    forward() {
      if (index === entries.length - 1) return;
      index++;
      pop();
    },
  };
  return { history, events: events as unknown as Window };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the Back guard (threat: the history keeps a trail of what was read)', () => {
  it('keeps at most one extra entry however deep the person goes, and answers Back until the start screen', async () => {
    const { history, events } = fakeBrowser();
    let depth = 1;
    const onBack = vi.fn(() => {
      depth--;
      return depth > 1;
    });
    const guard = createHistoryGuard(onBack, history, events);
    for (depth = 2; depth <= 5; depth++) guard.setDeep(true);
    depth = 5;
    expect(history.length).toBe(2);
    for (const expected of [4, 3, 2, 1]) {
      history.back();
      await settle();
      expect(depth).toBe(expected);
      expect(history.length).toBe(2);
    }
    // On the start screen: no guard any more, so the next Back leaves Verder.
    expect(isGuardState(history.state)).toBe(false);
    expect(onBack).toHaveBeenCalledTimes(4);
    guard.stop();
  });

  it('takes its guard away when the person goes to the start screen by a link; that step is not a Back', async () => {
    const { history, events } = fakeBrowser();
    const onBack = vi.fn(() => false);
    const guard = createHistoryGuard(onBack, history, events);
    guard.setDeep(true);
    guard.setDeep(false);
    await settle();
    expect(isGuardState(history.state)).toBe(false);
    expect(onBack).not.toHaveBeenCalled();
    guard.stop();
  });

  it('steps off the guard again when Forward lands on it on the start screen', async () => {
    const { history, events } = fakeBrowser();
    const guard = createHistoryGuard(() => false, history, events);
    guard.setDeep(true);
    history.back();
    await settle();
    history.forward();
    await settle();
    await settle();
    expect(isGuardState(history.state)).toBe(false);
    guard.stop();
  });
});

describe('a reload on a deeper screen (the page starts on the guard entry)', () => {
  it('waits until the page has loaded before it steps (WebKit stops loading a page whose history moves)', async () => {
    const { history, events } = fakeBrowser();
    history.pushState(guardState());
    const back = vi.spyOn(history, 'back');
    const stepped = stepOffGuardEntry(history, document.createElement('html'), events, { readyState: 'interactive' });
    await settle();
    expect(back).not.toHaveBeenCalled();
    events.dispatchEvent(new Event('load'));
    await stepped;
    expect(back).toHaveBeenCalledTimes(1);
    expect(isEntryState(history.state)).toBe(true);
  });

  it("steps back onto Verder's own entry once before the app starts, keeping the guard forward", async () => {
    const { history, events } = fakeBrowser();
    history.pushState(guardState());
    const back = vi.spyOn(history, 'back');
    const root = document.createElement('html');
    await stepOffGuardEntry(history, root, events, { readyState: 'complete' });
    expect(back).toHaveBeenCalledTimes(1);
    expect(isEntryState(history.state)).toBe(true);
    expect(history.length).toBe(2);
    expect(root.hasAttribute(steppedOffGuardAttribute)).toBe(true);
  });

  it('takes no second step when the first script stepped already; only waits for its step', async () => {
    const { history, events } = fakeBrowser();
    history.pushState(guardState());
    const root = document.createElement('html');
    root.setAttribute(steppedOffGuardAttribute, '');
    history.back();
    const back = vi.spyOn(history, 'back');
    await stepOffGuardEntry(history, root, events, { readyState: 'complete' });
    expect(back).not.toHaveBeenCalled();
    expect(isEntryState(history.state)).toBe(true);
  });

  it("does nothing on Verder's own entry", async () => {
    const { history, events } = fakeBrowser();
    const back = vi.spyOn(history, 'back');
    await stepOffGuardEntry(history, document.createElement('html'), events, { readyState: 'complete' });
    expect(back).not.toHaveBeenCalled();
  });
});
