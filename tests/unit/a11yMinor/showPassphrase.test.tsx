/**
 * Audit of 2026-12-02, m14: a "Show what I type" toggle on every passphrase field, so a person can
 * check what they typed (the strength hint's announcements are covered in passphraseAnnouncements).
 */
import { screen, waitFor, within } from '@testing-library/react';
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

describe('m14: show what I type, where it was still missing', () => {
  it('the passphrase of a copy can be shown, and a wrong one still puts focus back on the field', async () => {
    const { createExport } = await import('../../../src/features/plan/copies/exportFile');
    const file = await createExport(
      [{ kind: 'note', id: 'n', order: 1, updatedAt: 1, text: 'in the copy' }],
      'kopie wachtwoord',
    );
    await renderApp('en', { name: 'planSafety' });
    const section = (await screen.findByRole('heading', { name: 'Open a copy' })).closest('section') as HTMLElement;
    const input = section.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File([file], 'copy.verder', { type: 'application/octet-stream' }));
    const field = within(section).getByLabelText('Password of the copy');
    await userEvent.type(field, 'een ander wachtwoord');
    const toggle = within(section).getByRole('button', { name: 'Show what I type' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(field).toHaveAttribute('type', 'text');
    expect(field).not.toHaveClass('secret-input');
    expect(field).toHaveValue('een ander wachtwoord');
    await userEvent.click(within(section).getByRole('button', { name: 'Look inside' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'), { timeout: 15_000 });
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('in "Change the passphrase" each toggle names the field it shows', async () => {
    await setUpLock([], 'correct horse battery', 1, { derive: deriveKey, iterations: 100_000 });
    await renderApp('en', { name: 'planSafety' });
    const change = (await screen.findByRole('button', { name: 'Change the password' })).closest('form') as HTMLElement;
    const toggles = within(change).getAllByRole('button', { name: /^Show what I type/ });
    expect(toggles.map((toggle) => toggle.getAttribute('aria-pressed'))).toEqual(['false', 'false']);
    expect(new Set(toggles.map(computeName)).size).toBe(2);
    expect(toggles[0]).toHaveAccessibleName('Show what I type: Current password');
    expect(toggles[1]).toHaveAccessibleName('Show what I type: New password');
  });
});

function computeName(element: HTMLElement): string {
  return element.getAttribute('aria-label') ?? element.textContent ?? '';
}
