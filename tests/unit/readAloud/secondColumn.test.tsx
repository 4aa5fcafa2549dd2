/**
 * Audit m4 (what was left): while showing someone the screen in a second language, that column reads
 * aloud too — in its own language and voice, its own text only — and one voice speaks at a time.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/data/database';
import { leaveShowingMode } from '../../../src/lib/showingMode';
import { renderApp } from '../app/renderApp';

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeSynthesis extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancel = vi.fn(() => {
    this.spoken = [];
  });
  pause = vi.fn();
  resume = vi.fn();
  getVoices() {
    return [
      { name: 'Local', lang: 'en-GB', localService: true, voiceURI: 'e', default: true },
      { name: 'Maged', lang: 'ar-SA', localService: true, voiceURI: 'a', default: false },
    ] as SpeechSynthesisVoice[];
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
  }
}

let speech: FakeSynthesis;

beforeEach(async () => {
  await database.delete();
  await database.open();
  speech = new FakeSynthesis();
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  // jsdom has no layout, so innerText is missing; the text content is what a reader would hear.
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent;
    },
  });
});

afterEach(() => {
  act(() => leaveShowingMode());
  vi.unstubAllGlobals();
});

describe('read aloud in the second column (m4)', () => {
  it('reads the Arabic copy with the Arabic voice, without its English label, and one reader at a time', async () => {
    await renderApp('en', { name: 'settings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Start showing someone' }));
    const bar = await screen.findByRole('region', { name: 'Showing someone' });
    await userEvent.click(within(bar).getByRole('button', { name: 'More tools' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'Second language: None' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'العربية' }));
    await userEvent.click(screen.getByRole('link', { name: 'Start' }));
    const copy = await screen.findByRole('region', { name: 'Also in: العربية' });
    const own = document.getElementById('screen') as HTMLElement;

    const copyReader = await within(copy).findByRole('group', { name: 'القراءة بصوت عالٍ' });
    await userEvent.click(within(copyReader).getByRole('button', { name: 'قراءة بصوت عالٍ' }));
    const heard = speech.spoken.map((utterance) => utterance.text).join(' ');
    expect(heard).toContain('ما سيأتي بعد ذلك قرارك أنت');
    expect(heard).not.toContain('What comes next is up to you');
    expect(heard).not.toContain('Also in');
    expect(speech.spoken.every((utterance) => utterance.lang === 'ar' && utterance.voice?.lang === 'ar-SA')).toBe(true);
    expect(within(copyReader).getByRole('button', { name: 'إيقاف مؤقت' })).toBeInTheDocument();

    // The screen's own reader starts: the copy's button no longer says "Pause" over nothing.
    const ownReader = within(own).getByRole('group', { name: 'Read aloud' });
    await userEvent.click(within(ownReader).getByRole('button', { name: 'Read aloud' }));
    expect(speech.spoken.map((utterance) => utterance.text).join(' ')).toContain('What comes next is up to you');
    expect(speech.spoken.every((utterance) => utterance.lang === 'en')).toBe(true);
    await waitFor(() => expect(within(copyReader).getByRole('button', { name: 'قراءة بصوت عالٍ' })).toBeInTheDocument());
    expect(within(ownReader).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });
});
