import { describe, expect, it } from 'vitest';
import { quickExit } from '../../../src/lib/quickExit';
import { announceVaultLocked } from '../../../src/lib/vaultEvents';
import { enterShowingMode, leaveShowingMode } from '../../../src/lib/showingMode';
import { readScreenMemory, writeScreenMemory } from '../../../src/routing/screenMemory';
import { pushScreen } from '../../../src/routing/screenTrail';
import { homeRoute, type Route } from '../../../src/routing/routes';

const findHelp: Route = { name: 'contacts' };

describe("a screen's memory (threat: a town someone searched for says where they are)", () => {
  it('belongs to one place in the trail: the same link followed again starts clean', () => {
    const first = pushScreen([homeRoute], findHelp);
    const again = pushScreen(first, findHelp);
    const [, firstEntry] = first;
    const againEntry = again[again.length - 1];
    if (!firstEntry || !againEntry) throw new Error('no trail');
    writeScreenMemory(firstEntry, 'place', 'Zwolle');
    expect(readScreenMemory(firstEntry, 'place')).toBe('Zwolle');
    expect(readScreenMemory(againEntry, 'place')).toBeUndefined();
  });

  it('is forgotten at quick exit, when the vault locks and when showing someone starts or stops', () => {
    const exit = () => quickExit('https://example.org/', document, { replace: () => undefined });
    for (const forget of [announceVaultLocked, enterShowingMode, leaveShowingMode, exit]) {
      const entry: Route = { name: 'contacts' };
      writeScreenMemory(entry, 'place', 'Zwolle');
      forget();
      expect(readScreenMemory(entry, 'place')).toBeUndefined();
    }
  });
});
