import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/data/database';
import { setUpLock } from '../../../src/features/vault/lockActions';
import {
  currentSession,
  draftKeepTimeoutMs,
  draftsSettled,
  lockNow,
  takeDraftOutcome,
} from '../../../src/features/vault/session';
import { watchVisibility } from '../../../src/features/vault/autoLock';
import { deriveKey } from '../../../src/lib/crypto';
import { quickExit } from '../../../src/lib/quickExit';
import { expectAnnounced } from '../announced';
import { renderApp } from '../app/renderApp';

const passphrase = 'blauwe fiets in de regen';
const canary = 'Anna (support worker) kanarie-7731';

beforeEach(async () => {
  // A quick exit in an earlier test marks the page as leaving, and a leaving page says nothing.
  document.documentElement.classList.remove('is-exiting');
  lockNow();
  takeDraftOutcome();
  await database.delete();
  await database.open();
});
afterEach(() => vi.useRealTimers());

const section = (name: string) => screen.getByRole('region', { name });

/** A plan with a lock, open on the plan screen, with a new note's form open and typed in. */
async function typeIntoNewNote(text: string) {
  await setUpLock([], passphrase, 0, { derive: deriveKey, iterations: 100_000 });
  await renderApp('en', { name: 'plan' });
  const notes = await screen.findByRole('region', { name: 'Notes' });
  await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
  await userEvent.type(within(notes).getByLabelText('Note'), text);
}

/** Everything Verder keeps in IndexedDB, as one string. */
async function everythingStored(): Promise<string> {
  const tables = await Promise.all(database.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

async function unlock() {
  await userEvent.type(await screen.findByLabelText('Password'), passphrase);
  await userEvent.click(screen.getByRole('button', { name: 'Open my plan' }));
  await screen.findByRole('region', { name: 'Notes' }, { timeout: 20_000 });
}

describe('a lock with a plan form open (audit m1)', () => {
  it('shows the lock first, then keeps the draft sealed, drops the key, and says so at the next unlock', async () => {
    await typeIntoNewNote(canary);
    const session = currentSession();
    expect(session?.key).toBeDefined();
    // What the screen shows and whether the vault is open at the moment the draft reaches storage.
    const atWrite: { isLockShown: boolean; isOpen: boolean; data: unknown; sealed: unknown }[] = [];
    const onCreate = (_key: unknown, row: { data?: unknown; sealed?: unknown }) => {
      atWrite.push({
        isLockShown: screen.queryByRole('heading', { name: 'Your plan is locked' }) !== null,
        isOpen: currentSession() !== null,
        data: row.data,
        sealed: row.sealed,
      });
    };
    database.planItems.hook('creating', onCreate);
    try {
      // Auto-lock "at once": the page is hidden, as when the person opens the phone app.
      const stop = watchVisibility(0);
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      // At once: no plaintext on screen, before anything is written.
      expect(screen.getByRole('heading', { name: 'Your plan is locked' })).toBeInTheDocument();
      expect(screen.queryByText(canary)).not.toBeInTheDocument();
      expect(screen.queryByDisplayValue(canary)).not.toBeInTheDocument();
      await act(() => draftsSettled());
      stop();
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    } finally {
      database.planItems.hook('creating').unsubscribe(onCreate);
    }
    expect(atWrite).toHaveLength(1);
    expect(atWrite[0]).toMatchObject({ isLockShown: true, isOpen: false, data: undefined });
    expect(atWrite[0]?.sealed).toBeDefined();
    // The key is gone from the closed session once the draft is written.
    expect(session?.key).toBeUndefined();

    await unlock();
    expect(await within(section('Notes')).findByText(canary)).toBeInTheDocument();
    await expectAnnounced('Your plan is open. What you were typing was kept.');
  }, 30_000);

  it('a typed draft never reaches storage in plain text when the vault locks', async () => {
    await typeIntoNewNote(canary);
    act(() => lockNow({ everywhere: true, keepDrafts: true }));
    await act(() => draftsSettled());
    expect(await database.planItems.count()).toBe(1);
    expect(await everythingStored()).not.toContain('kanarie');
    expect(await everythingStored()).not.toContain('Anna');
  });

  it('keeps a change being made to an item, and an unfinished form is said not to be kept', async () => {
    await typeIntoNewNote('eerste versie');
    await userEvent.click(within(section('Notes')).getByRole('button', { name: 'Add a note' }));
    await screen.findByRole('button', { name: 'Change: eerste versie' });
    await userEvent.click(screen.getByRole('button', { name: 'Change: eerste versie' }));
    const field = within(section('Notes')).getByLabelText('Note');
    await userEvent.clear(field);
    await userEvent.type(field, 'tweede versie');
    act(() => lockNow({ keepDrafts: true }));
    await act(() => draftsSettled());
    await unlock();
    expect(await within(section('Notes')).findByText('tweede versie')).toBeInTheDocument();
    expect(within(section('Notes')).queryByText('eerste versie')).not.toBeInTheDocument();
    await expectAnnounced('Your plan is open. What you were typing was kept.');

    // A new note with only spaces cannot be an item: nothing is stored, and the person is told.
    await userEvent.click(within(section('Notes')).getByRole('button', { name: 'Add a note' }));
    await userEvent.type(within(section('Notes')).getByLabelText('Note'), '   ');
    act(() => lockNow({ keepDrafts: true }));
    await act(() => draftsSettled());
    expect(await database.planItems.count()).toBe(1);
    await unlock();
    await expectAnnounced('Your plan is open. Not everything you were typing could be kept. Please check your plan.');
    // Shown too, for people who do not hear announcements; closed, it goes, and focus goes to the heading.
    const notice = await screen.findByText(
      'Your plan is open. Not everything you were typing could be kept. Please check your plan.',
      { selector: 'p' },
    );
    await userEvent.click(within(notice.parentElement as HTMLElement).getByRole('button', { name: 'Close message' }));
    expect(screen.queryByText(/Not everything you were typing/, { selector: 'p' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  }, 60_000);

  it('the notice that not everything was kept goes at the next lock', async () => {
    await typeIntoNewNote('   ');
    act(() => lockNow({ keepDrafts: true }));
    await act(() => draftsSettled());
    await unlock();
    expect(await screen.findByText(/Not everything you were typing/, { selector: 'p' })).toBeInTheDocument();
    act(() => lockNow());
    await unlock();
    expect(screen.queryByText(/Not everything you were typing/, { selector: 'p' })).not.toBeInTheDocument();
  }, 60_000);

  it('drops the key after a bounded time when saving the draft does not finish', async () => {
    await typeIntoNewNote(canary);
    const session = currentSession();
    // Storage that never answers.
    const never = new Promise<string>(() => undefined);
    const spy = vi
      .spyOn(database.planItems, 'bulkPut')
      .mockImplementation(() => never as ReturnType<typeof database.planItems.bulkPut>);
    try {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      act(() => lockNow({ keepDrafts: true }));
      expect(screen.getByRole('heading', { name: 'Your plan is locked' })).toBeInTheDocument();
      expect(currentSession()).toBeNull();
      await vi.advanceTimersByTimeAsync(draftKeepTimeoutMs);
      await draftsSettled();
      expect(session?.key).toBeUndefined();
      expect(takeDraftOutcome()).toBe('notKept');
    } finally {
      vi.useRealTimers();
      spy.mockRestore();
    }
    expect(await everythingStored()).not.toContain('kanarie');
  });

  it('keeps nothing and says nothing when quick exit comes while the draft is being saved', async () => {
    await typeIntoNewNote(canary);
    const session = currentSession();
    act(() => lockNow({ keepDrafts: true }));
    act(() => quickExit('https://example.invalid/', document, { replace: () => undefined }));
    expect(session?.key).toBeUndefined();
    await draftsSettled();
    expect(takeDraftOutcome()).toBeNull();
    expect(await everythingStored()).not.toContain('kanarie');
  });
});

describe('a lock without keeping drafts', () => {
  it('takes the key off the closed session at once (quick exit, showing someone, another tab)', async () => {
    await setUpLock([], passphrase, 5, { derive: deriveKey, iterations: 100_000 });
    const session = currentSession();
    expect(session?.key).toBeDefined();
    lockNow();
    expect(session?.key).toBeUndefined();
    await waitFor(() => expect(currentSession()).toBeNull());
  });
});

describe('a lock with a money form open (nothing typed is lost, m1 beyond the plan items)', () => {
  it('keeps a debt and a budget line being typed, sealed, and shows them after the unlock', async () => {
    await setUpLock([], passphrase, 0, { derive: deriveKey, iterations: 100_000 });
    await renderApp('en', { name: 'money' });
    const now = await screen.findByRole('region', { name: 'Now' }, { timeout: 20_000 });
    const comesIn = within(now).getByRole('group', { name: 'Comes in' });
    await userEvent.click(within(comesIn).getByRole('button', { name: 'Add income' }));
    await userEvent.type(within(comesIn).getByLabelText(/own words/), 'Schoonmaak kanarie');
    await userEvent.type(within(comesIn).getByLabelText('Amount in euros'), '900');
    await userEvent.click(screen.getByRole('button', { name: 'Add a debt' }));
    await userEvent.type(screen.getByLabelText('To whom'), 'Energie kanarie');
    await userEvent.type(screen.getByLabelText(/How much is still open/), '120,50');

    act(() => lockNow({ keepDrafts: true }));
    expect(screen.queryByDisplayValue('Energie kanarie')).not.toBeInTheDocument();
    await act(() => draftsSettled());
    expect(await database.planItems.count()).toBe(2);
    expect(await everythingStored()).not.toContain('kanarie');

    await userEvent.type(await screen.findByLabelText('Password'), passphrase);
    await userEvent.click(screen.getByRole('button', { name: 'Open my plan' }));
    await expectAnnounced('Your plan is open. What you were typing was kept.');
    expect(await screen.findByText(/Energie kanarie/, undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByText(/Schoonmaak kanarie/)).toBeInTheDocument();
  }, 60_000);
});
