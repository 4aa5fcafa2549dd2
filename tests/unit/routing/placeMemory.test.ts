import { afterEach, describe, expect, it } from 'vitest';
import { quickExit } from '../../../src/lib/quickExit';
import { announceVaultLocked } from '../../../src/lib/vaultEvents';
import { enterShowingMode, leaveShowingMode } from '../../../src/lib/showingMode';
import { arriveBack, placeOnArrival, rememberPlace } from '../../../src/routing/placeMemory';
import type { Route } from '../../../src/routing/routes';

afterEach(() => {
  document.body.innerHTML = '';
});

function screenWithLink(): HTMLAnchorElement {
  document.body.innerHTML = '<main id="main"><div id="screen"><a href="./">Find organisations</a></div></main>';
  const link = document.querySelector('a');
  if (!link) throw new Error('no link');
  return link;
}

describe('where the person was on a screen (threat: how far someone read in the plan shows what they looked at)', () => {
  it('is kept for Back to that place in the trail, with what they opened the next screen from, used once', () => {
    const entry: Route = { name: 'plan' };
    screenWithLink().focus();
    rememberPlace(entry);
    const place = arriveBack(entry);
    expect(place?.focus).toMatchObject({ tag: 'a', text: 'Find organisations', index: 0 });
    expect(placeOnArrival(entry)).toBe(place);
    expect(arriveBack(entry)).toBeUndefined();
  });

  it('is forgotten at quick exit, when the vault locks and when showing someone starts or stops', () => {
    const exit = () => quickExit('https://example.org/', document, { replace: () => undefined });
    for (const forget of [announceVaultLocked, enterShowingMode, leaveShowingMode, exit]) {
      const entry: Route = { name: 'plan' };
      screenWithLink().focus();
      rememberPlace(entry);
      forget();
      expect(arriveBack(entry)).toBeUndefined();
      expect(placeOnArrival(entry)).toBeUndefined();
    }
  });

  it('is never written to storage', () => {
    const entry: Route = { name: 'plan' };
    const stored = () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    const before = stored();
    screenWithLink().focus();
    rememberPlace(entry);
    expect(stored()).toBe(before);
  });
});
