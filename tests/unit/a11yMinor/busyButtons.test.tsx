/**
 * Audit of 2026-12-02, m7 (what was left): "Look inside" on import stays enabled and explains what is
 * missing; buttons that work for a while (make a copy, lock, unlock, keep languages) are not
 * `disabled` while they work — a disabled button drops the focus that pressed it — but say they are
 * busy (aria-disabled, and the busy text is announced), and a second press does nothing.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { putPlanRows } from '../../../src/data';
import { database } from '../../../src/data/database';
import { setUpLock } from '../../../src/features/vault/lockActions';
import { currentSession, lockNow } from '../../../src/features/vault/session';
import { deriveKey } from '../../../src/lib/crypto';
import { startI18n } from '../../../src/i18n';
import { Announcer } from '../../../src/ui';
import { expectAnnounced } from '../announced';
import { renderApp } from '../app/renderApp';

const pwa = vi.hoisted(() => ({ release: null as null | (() => void), calls: 0 }));
vi.mock('../../../src/pwa', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  return {
    ...original,
    isLanguageOffline: async () => false,
    keepAllLanguagesOffline: async (
      codes: string[],
      onProgress: (progress: { done: number; total: number; failed: string[] }) => void,
    ) => {
      pwa.calls += 1;
      onProgress({ done: 0, total: codes.length, failed: [] });
      await new Promise<void>((resolve) => (pwa.release = resolve));
      onProgress({ done: codes.length, total: codes.length, failed: [] });
    },
  };
});

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The button is still the focused element, marked busy (not disabled), and in the Tab order. */
function expectBusyAndFocused(button: HTMLElement) {
  expect(button).toHaveFocus();
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).not.toHaveAttribute('disabled');
}

describe('m7: "Look inside" stays enabled', () => {
  it('pressed without a file or passphrase, it says what is missing and puts focus on that field', async () => {
    await renderApp('en', { name: 'planSafety' });
    const section = (await screen.findByRole('heading', { name: 'Open a copy' })).closest('section') as HTMLElement;
    const look = within(section).getByRole('button', { name: 'Look inside' });
    expect(look).toBeEnabled();
    expect(look).not.toHaveAttribute('aria-disabled');
    await userEvent.click(look);
    const fileInput = section.querySelector('input[type="file"]') as HTMLInputElement;
    await waitFor(() => expect(fileInput).toHaveFocus());
    expect(fileInput).toHaveAttribute('aria-invalid', 'true');
    expect(fileInput).toHaveAccessibleDescription('Choose the file of the copy first.');
    await userEvent.upload(fileInput, new File(['x'], 'copy.verder', { type: 'application/octet-stream' }));
    expect(fileInput).not.toHaveAttribute('aria-invalid');
    await userEvent.click(look);
    const passphrase = within(section).getByLabelText('Password of the copy');
    await waitFor(() => expect(passphrase).toHaveFocus());
    expect(passphrase).toHaveAttribute('aria-invalid', 'true');
    expect(passphrase).toHaveAccessibleDescription('Please fill this in.');
  });
});

describe('m7: busy, not disabled', () => {
  it('"Make the copy" keeps focus while it works, says so, and a second press makes no second file', async () => {
    await putPlanRows(
      [{ id: 'mine', rev: 'r', data: { kind: 'note', id: 'mine', order: 1, updatedAt: 1, text: 'een notitie' } }],
      null,
    );
    const made = vi.fn(() => 'blob:copy');
    Object.assign(URL, { createObjectURL: made, revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderApp('en', { name: 'planSafety' });
    const section = (await screen.findByRole('heading', { name: 'Make a copy' })).closest('section') as HTMLElement;
    await userEvent.type(within(section).getByLabelText('Password for the copy'), 'a long copy passphrase');
    await userEvent.type(within(section).getByLabelText('Password again'), 'a long copy passphrase');
    const create = within(section).getByRole('button', { name: 'Make the copy' });
    await userEvent.click(create);
    expectBusyAndFocused(create);
    await expectAnnounced('Making the copy…');
    await userEvent.click(create);
    await userEvent.keyboard('{Enter}');
    await within(section).findByText('The copy is ready. Look in your downloads.', {}, { timeout: 15_000 });
    expect(made).toHaveBeenCalledTimes(1);
    expect(create).toHaveFocus();
    expect(create).not.toHaveAttribute('aria-disabled');
  });

  it('"Lock my plan" keeps focus while it works and says so', async () => {
    await renderApp('en', { name: 'planSafety' });
    const lock = (await screen.findByRole('heading', { name: 'Lock my plan' })).closest('section') as HTMLElement;
    await userEvent.type(await within(lock).findByLabelText('Password', { exact: true }), 'tr3eX!9zkq words');
    await userEvent.type(within(lock).getByLabelText('Password again'), 'tr3eX!9zkq words');
    const create = within(lock).getByRole('button', { name: 'Lock my plan' });
    await userEvent.click(create);
    expectBusyAndFocused(create);
    await expectAnnounced('Locking. This takes a few seconds…');
    await userEvent.click(create);
    await expectAnnounced('Your plan is locked now.');
    // One lock, set up once: a second set-up would have said that the plan changed elsewhere.
    expect(await database.planMeta.count()).toBe(1);
    expect(screen.queryByText(/changed/i)).toBeNull();
  });

  it('"Open my plan" keeps focus while it works and says so', async () => {
    await setUpLock([], 'correct horse battery', 1, { derive: deriveKey, iterations: 100_000 });
    lockNow();
    await renderApp('en', { name: 'plan' });
    await userEvent.type(await screen.findByLabelText('Password', { exact: true }), 'correct horse battery');
    const open = screen.getByRole('button', { name: 'Open my plan' });
    await userEvent.click(open);
    expectBusyAndFocused(open);
    await expectAnnounced('Opening. This takes a few seconds…');
    await userEvent.click(open);
    await waitFor(() => expect(currentSession()).not.toBeNull(), { timeout: 20_000 });
  });

  it('"Make all languages available offline" keeps focus while it works, says so, and a second press starts nothing', async () => {
    await startI18n('en');
    const { OfflineLanguages } = await import('../../../src/features/settings/OfflineLanguages');
    render(
      <>
        <OfflineLanguages />
        <Announcer />
      </>,
    );
    const keep = screen.getByRole('button', { name: 'Make all languages available offline' });
    await userEvent.click(keep);
    expectBusyAndFocused(keep);
    await expectAnnounced('Putting the languages on this phone…');
    await userEvent.click(keep);
    expect(pwa.calls).toBe(1);
    pwa.release?.();
    await expectAnnounced('All languages are now on this phone.');
    expect(keep).not.toHaveAttribute('aria-disabled', 'true');
  });
});
