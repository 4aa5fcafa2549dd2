import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../../src/features/readAloud';
import { startI18n, i18n } from '../../../src/i18n';
import { lockNow } from '../../../src/features/vault/session';
import { quickExit } from '../../../src/lib/quickExit';
import { chooseVoice, splitForSpeech } from '../../../src/features/readAloud/chooseVoice';
import { expectAnnounced } from '../announced';

/** A stand-in for the browser's speech engine: records what would be spoken. */
class FakeSynthesis extends EventTarget {
  spoken: SpeechSynthesisUtterance[] = [];
  cancel = vi.fn(() => {
    this.spoken = [];
  });
  pause = vi.fn();
  resume = vi.fn();
  constructor(private voices: Array<Partial<SpeechSynthesisVoice>>) {
    super();
  }
  getVoices() {
    return this.voices as SpeechSynthesisVoice[];
  }
  speak(utterance: SpeechSynthesisUtterance) {
    this.spoken.push(utterance);
  }
}

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  constructor(readonly text: string) {}
}

const dutchVoice = { name: 'Xander', lang: 'nl-NL', localService: true, voiceURI: 'x', default: false };
const englishNetworkVoice = { name: 'Cloud', lang: 'en-GB', localService: false, voiceURI: 'c', default: false };
const englishLocalVoice = { name: 'Local', lang: 'en-US', localService: true, voiceURI: 'l', default: false };

function install(voices: Array<Partial<SpeechSynthesisVoice>>) {
  const fake = new FakeSynthesis(voices);
  vi.stubGlobal('speechSynthesis', fake);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return fake;
}

async function renderReadAloud(language: 'nl' | 'en') {
  await startI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <main id="content">
        <h1>Wonen</h1>
        <p>Schrijf je vroeg in. Vraag naar urgentie.</p>
        <button type="button">Zet in mijn plan</button>
        <a href="https://example.org">
          Website<span className="visually-hidden"> (opent in een nieuw tabblad)</span>
        </a>
        <details className="sources">
          <summary>Bronnen</summary>
          <ul>
            <li>Rapport, hoofdstuk 4</li>
          </ul>
        </details>
      </main>
      <ReadAloud targetId="content" />
    </I18nextProvider>,
  );
}

beforeEach(() => {
  // jsdom has no layout, so innerText is missing; the text content is what a reader would hear.
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent;
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading aloud', () => {
  it('speaks the page in the page language with a matching voice', async () => {
    const speech = install([englishNetworkVoice, dutchVoice]);
    await renderReadAloud('nl');
    await userEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    expect(speech.spoken.length).toBeGreaterThan(0);
    for (const utterance of speech.spoken) {
      expect(utterance.lang).toBe(document.documentElement.lang);
      expect(utterance.voice?.lang).toBe('nl-NL');
    }
    expect(speech.spoken.map((utterance) => (utterance as unknown as FakeUtterance).text).join(' ')).toContain(
      'Schrijf je vroeg in.',
    );
  });

  it('reads the text, not the buttons, the folded sources or what only screen readers hear', async () => {
    const speech = install([dutchVoice]);
    await renderReadAloud('nl');
    await userEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    const said = speech.spoken.map((utterance) => (utterance as unknown as FakeUtterance).text).join(' ');
    expect(said).toContain('Website');
    expect(said).not.toContain('Zet in mijn plan');
    expect(said).not.toContain('Bronnen');
    expect(said).not.toContain('hoofdstuk 4');
    expect(said).not.toContain('nieuw tabblad');
    // The screen itself is left as it was, and no copy stays behind.
    expect(screen.getByRole('button', { name: 'Zet in mijn plan' })).toBeInTheDocument();
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  it('is not offered when the device has no voice for the language', async () => {
    install([englishNetworkVoice]);
    await renderReadAloud('nl');
    expect(screen.queryByRole('button', { name: 'Lees voor' })).not.toBeInTheDocument();
  });

  it('pauses, goes on and stops', async () => {
    const speech = install([englishLocalVoice]);
    await renderReadAloud('en');
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(speech.pause).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Go on' }));
    expect(speech.resume).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('keeps focus on one button whose words change: Read aloud, Pause, Go on', async () => {
    install([englishLocalVoice]);
    await renderReadAloud('en');
    const toggle = screen.getByRole('button', { name: 'Read aloud' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAccessibleName('Pause');
    expect(toggle).toHaveFocus();
    await userEvent.click(toggle);
    expect(toggle).toHaveAccessibleName('Go on');
    expect(toggle).toHaveFocus();
  });

  it('after Stop, focus goes to Read aloud (Stop is gone) and "stopped" is said once', async () => {
    install([englishLocalVoice]);
    await renderReadAloud('en');
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toHaveFocus();
    await expectAnnounced('Reading aloud stopped.');
  });

  it('when the text has been read to the end, focus on Stop moves to Read aloud and "finished" is said', async () => {
    const speech = install([englishLocalVoice]);
    await renderReadAloud('en');
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    screen.getByRole('button', { name: 'Stop' }).focus();
    const last = speech.spoken.at(-1) as unknown as FakeUtterance;
    act(() => last.onend?.());
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toHaveFocus();
    await expectAnnounced('Reading aloud finished.');
  });

  it('stops speaking at quick exit', async () => {
    const speech = install([englishLocalVoice]);
    await renderReadAloud('en');
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    speech.cancel.mockClear();
    act(() => quickExit('https://www.buienradar.nl', document, { replace: () => undefined }));
    expect(speech.cancel).toHaveBeenCalled();
  });

  it('stops speaking when the vault locks (threat: the plan read aloud after Lock now)', async () => {
    const speech = install([englishLocalVoice]);
    await renderReadAloud('en');
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    speech.cancel.mockClear();
    act(() => lockNow());
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('stops speaking when Verder goes out of sight (threat: the plan heard from a pocket)', async () => {
    const speech = install([englishLocalVoice]);
    await renderReadAloud('en');
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    speech.cancel.mockClear();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    visibility.mockRestore();
    expect(speech.cancel).toHaveBeenCalled();
  });

  it('is not offered when the only voice for the language is a network voice (threat: text sent to a speech company)', async () => {
    install([englishNetworkVoice]);
    await renderReadAloud('en');
    expect(screen.queryByRole('button', { name: 'Read aloud' })).not.toBeInTheDocument();
  });

  it('stops speaking when the page is left', async () => {
    const speech = install([englishLocalVoice]);
    const { unmount } = await renderReadAloud('en');
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    speech.cancel.mockClear();
    unmount();
    expect(speech.cancel).toHaveBeenCalled();
  });
});

describe('choosing a voice', () => {
  it('prefers a voice on the device over a network voice', () => {
    expect(chooseVoice([englishNetworkVoice, englishLocalVoice] as SpeechSynthesisVoice[], 'en')?.name).toBe('Local');
  });

  it('never chooses a network voice, even when it is the only one (threat: text leaves the phone)', () => {
    expect(chooseVoice([englishNetworkVoice] as SpeechSynthesisVoice[], 'en-GB')).toBeNull();
  });

  it('finds none for a language the device cannot speak', () => {
    expect(chooseVoice([dutchVoice] as SpeechSynthesisVoice[], 'th')).toBeNull();
  });

  it('reads long text in sentence-sized pieces', () => {
    const pieces = splitForSpeech('One. Two. Three.'.repeat(40), 'en', 100);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.every((piece) => piece.length <= 100)).toBe(true);
  });

  it('cuts Thai, which marks no sentence end, between words into short pieces and loses no letter', () => {
    // A real Thai text from the pull-back topic, repeated into one long paragraph without a full stop.
    const thai =
      'การเลิกรากับคนรัก การตกงาน หรือลูกค้าเก่า อาจทำให้โลกเก่าน่าดึงดูดอีกครั้ง สิ่งที่ช่วยได้: รู้สัญญาณของตัวเอง และมีคนหนึ่งคนที่โทรหาได้ '.repeat(
        6,
      );
    const pieces = splitForSpeech(thai, 'th', 120);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.every((piece) => piece.length <= 120)).toBe(true);
    expect(pieces.join('').replace(/\s/g, '')).toBe(thai.replace(/\s/g, ''));
    // Every cut falls between two Thai words: no piece starts with a combining vowel or tone mark.
    expect(pieces.filter((piece) => /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(piece))).toEqual([]);
  });

  it('cuts Thai without any space between words only at word boundaries', () => {
    const words = ['การ', 'เลิก', 'รา', 'กับ', 'คน', 'รัก'];
    const text = words.join('').repeat(30);
    const pieces = splitForSpeech(text, 'th', 50);
    expect(pieces.every((piece) => piece.length <= 50)).toBe(true);
    expect(pieces.join('')).toBe(text);
    expect(pieces.filter((piece) => /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(piece))).toEqual([]);
  });
});
