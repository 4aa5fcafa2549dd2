/**
 * Audit of 2026-12-02, m14: a "Show what I type" toggle on every passphrase field, so a person can
 * check what they typed (the strength hint's announcements are covered in passphraseAnnouncements).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { setUpLock } from '../../../src/features/vault/lockActions';
import { lockNow } from '../../../src/features/vault/session';
import { deriveKey } from '../../../src/lib/crypto';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
});

describe('m14: show what I type', () => {
  it('shows and hides both new passphrase fields together, and says whether it is on', async () => {
    await renderApp('en', { name: 'planSafety' });
    const lock = await screen.findByRole('region', { name: 'Lock my plan' });
    const passphrase = await within(lock).findByLabelText('Password', { exact: true });
    const repeat = within(lock).getByLabelText(/again/i);
    await userEvent.type(passphrase, 'tr3eX!9zkq');
    expect(passphrase).toHaveAttribute('type', 'password');
    expect(repeat).toHaveAttribute('type', 'password');
    const toggle = within(lock).getByRole('button', { name: 'Show what I type' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(passphrase).toHaveAttribute('type', 'text');
    expect(repeat).toHaveAttribute('type', 'text');
    expect(passphrase).toHaveValue('tr3eX!9zkq');
    await userEvent.click(toggle);
    expect(passphrase).toHaveAttribute('type', 'password');
  });

  it('is offered on the unlock form too', async () => {
    await setUpLock([], 'correct horse battery', 1, { derive: deriveKey, iterations: 100_000 });
    lockNow();
    await renderApp('en', { name: 'plan' });
    const field = await screen.findByLabelText('Password', { exact: true });
    const toggle = screen.getByRole('button', { name: 'Show what I type' });
    await userEvent.type(field, 'correct');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(field).toHaveAttribute('type', 'text');
    expect(field).not.toHaveClass('secret-input');
  });
});
