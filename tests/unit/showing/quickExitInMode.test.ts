import { describe, expect, it } from 'vitest';
// Loading the features registers what happens at quick exit, as the app shell does at start.
import '../../../src/features/showing';
import { rememberAnswers, rememberedAnswers } from '../../../src/features/check/answerMemory';
import { quickExit } from '../../../src/lib/quickExit';
import { enterShowingMode, isShowingMode } from '../../../src/lib/showingMode';

describe('quick exit while showing someone', () => {
  it('leaves the mode and forgets the answers held in memory (threat: the next person holding the phone)', () => {
    enterShowingMode();
    rememberAnswers({ now: ['stopping'] });
    const replaced: string[] = [];
    quickExit('https://example.org/', document, { replace: (url) => replaced.push(url) });
    expect(replaced).toEqual(['https://example.org/']);
    expect(isShowingMode()).toBe(false);
    expect(rememberedAnswers()).toBeNull();
  });
});
