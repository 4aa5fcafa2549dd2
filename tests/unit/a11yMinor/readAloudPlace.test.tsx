/**
 * Audit of 2026-12-02, m4 (what was left): Read aloud stood before the screen's h1. Focus goes to the
 * h1 on every new screen, so Tab skipped it and only Shift+Tab reached it. It belongs to the screen:
 * now it comes right after the h1, the first Tab stop from it, on every screen, and only once (not in
 * the second column while showing someone).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/data/database';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  await database.delete();
  await database.open();
  const voice = { name: 'Local', lang: 'en-US', localService: true, voiceURI: 'l', default: false };
  vi.stubGlobal(
    'speechSynthesis',
    Object.assign(new EventTarget(), {
      getVoices: () => [voice],
      speak: () => undefined,
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    }),
  );
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      constructor(readonly text: string) {}
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('m4: Read aloud comes after the screen heading', () => {
  it('is the next element after the h1, and the first Tab stop from the h1 that has focus', async () => {
    await renderApp('en', { name: 'guides' });
    const heading = await screen.findByRole('heading', { level: 1 });
    const group = await screen.findByRole('group', { name: 'Read aloud' });
    expect(heading.nextElementSibling).toBe(group);
    heading.focus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toHaveFocus();
  });

  it('after going to another screen, focus is on that screen’s h1 and Read aloud follows it', async () => {
    await renderApp('en', { name: 'guides' });
    await screen.findByRole('heading', { level: 1 });
    const menu = screen.getByRole('navigation', { name: 'Main menu' });
    await userEvent.click(within(menu).getByRole('link', { name: 'Find help' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Find help' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading.nextElementSibling).toBe(screen.getByRole('group', { name: 'Read aloud' }));
    expect(screen.getAllByRole('group', { name: 'Read aloud' })).toHaveLength(1);
  });
});
