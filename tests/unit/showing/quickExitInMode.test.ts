import { describe, expect, it } from 'vitest';
import { readCheckAnswers, saveCheckAnswers } from '../../../src/data';
// Loading the feature registers what happens at quick exit, as the app shell does at start.
import '../../../src/features/showing';
import { quickExit } from '../../../src/lib/quickExit';
import { enterShowingMode, isShowingMode } from '../../../src/lib/showingMode';

describe('quick exit while showing someone', () => {
  it('leaves the mode and forgets what was kept in memory', async () => {
    enterShowingMode();
    await saveCheckAnswers({ now: ['stopping'] });
    const replaced: string[] = [];
    quickExit('https://example.org/', document, { replace: (url) => replaced.push(url) });
    expect(replaced).toEqual(['https://example.org/']);
    expect(isShowingMode()).toBe(false);
    enterShowingMode();
    expect(await readCheckAnswers()).toBeUndefined();
  });
});
