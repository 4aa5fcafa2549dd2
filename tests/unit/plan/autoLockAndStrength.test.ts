import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { passphraseStrength } from '../../../src/domain/passphrase';
import { watchVisibility } from '../../../src/features/vault/autoLock';
import { currentSession, lockNow, openSession } from '../../../src/features/vault/session';
import { quickExit } from '../../../src/lib/quickExit';

function fakeDocument() {
  const target = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  target.visibilityState = 'visible';
  const set = (state: DocumentVisibilityState) => {
    target.visibilityState = state;
    target.dispatchEvent(new Event('visibilitychange'));
  };
  return { doc: target as unknown as Document, set };
}

const session = () => ({ keyId: 'k', key: {} as CryptoKey });

describe('locking by itself', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    openSession(session());
  });
  afterEach(() => {
    vi.useRealTimers();
    lockNow();
  });

  it('locks at once when hidden if the person chose "at once"', () => {
    const { doc, set } = fakeDocument();
    const stop = watchVisibility(0, doc);
    set('hidden');
    expect(currentSession()).toBeNull();
    stop();
  });

  it('locks after the chosen minutes out of sight, not before', () => {
    const { doc, set } = fakeDocument();
    const stop = watchVisibility(5, doc);
    set('hidden');
    vi.advanceTimersByTime(4 * 60_000);
    expect(currentSession()).not.toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(currentSession()).toBeNull();
    stop();
  });

  it('also locks on return when a background tab’s timer was held back', () => {
    let now = 0;
    const { doc, set } = fakeDocument();
    const stop = watchVisibility(5, doc, () => now);
    set('hidden');
    vi.clearAllTimers();
    now = 6 * 60_000;
    set('visible');
    expect(currentSession()).toBeNull();
    stop();
  });

  it('stays open after a short look away', () => {
    let now = 0;
    const { doc, set } = fakeDocument();
    const stop = watchVisibility(5, doc, () => now);
    set('hidden');
    now = 60_000;
    set('visible');
    vi.advanceTimersByTime(10 * 60_000);
    expect(currentSession()).not.toBeNull();
    stop();
  });

  it('locks at quick exit', () => {
    quickExit('https://example.org/', document, { replace: () => undefined });
    expect(currentSession()).toBeNull();
  });
});

describe('the passphrase hint', () => {
  it.each([
    ['kort', 'tooShort'],
    ['12345678', 'weak'],
    ['aaaaaaaaaa', 'weak'],
    ['Wachtwoord1', 'weak'],
    ['zomer2026', 'weak'],
    ['Zomer!2026x', 'good'],
    ['mijn eigen zin', 'good'],
    ['blauwe fiets in de regen', 'strong'],
  ])('%s is %s', (passphrase, strength) => {
    expect(passphraseStrength(passphrase)).toBe(strength);
  });
});
