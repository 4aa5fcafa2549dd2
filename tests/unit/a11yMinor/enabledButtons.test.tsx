/**
 * Audit of 2026-12-02, m7: buttons that were disabled while a field was empty (missing from the Tab
 * order) or disabled themselves when pressed (focus fell to the page) stay enabled and explain.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { setUpLock } from '../../../src/features/vault/lockActions';
import { currentSession, lockNow } from '../../../src/features/vault/session';
import { deriveKey } from '../../../src/lib/crypto';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
});

describe('m7: buttons stay enabled', () => {
  it('"Open my plan" with the field empty says what is missing and puts focus on the field', async () => {
    await setUpLock([], 'correct horse battery', 1, { derive: deriveKey, iterations: 100_000 });
    lockNow();
    await renderApp('en', { name: 'plan' });
    const open = await screen.findByRole('button', { name: 'Open my plan' });
    expect(open).toBeEnabled();
    await userEvent.click(open);
    const field = screen.getByLabelText('Password', { exact: true });
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Please fill this in.');
    expect(currentSession()).toBeNull();
  });

  it('"Turn the lock off" with the field empty says what is missing and keeps the lock', async () => {
    await setUpLock([], 'correct horse battery', 1, { derive: deriveKey, iterations: 100_000 });
    await renderApp('en', { name: 'planSafety' });
    const turnOff = await screen.findByRole('button', { name: 'Turn the lock off' });
    expect(turnOff).toBeEnabled();
    await userEvent.click(turnOff);
    const form = turnOff.closest('form') as HTMLFormElement;
    const field = form.querySelector('input') as HTMLInputElement;
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription('Please fill this in.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('"Clear filters" keeps focus where it was after clearing', async () => {
    await renderApp('en', { name: 'contacts' });
    await screen.findByRole('heading', { level: 1, name: 'Find help' });
    await userEvent.click(screen.getByText('Filter'));
    const filters = screen.getByText('Filter').closest('details') as HTMLElement;
    const clear = within(filters).getByRole('button', { name: 'Clear filters' });
    expect(clear).toBeEnabled();
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Anonymous' }));
    await userEvent.click(clear);
    expect(within(filters).getByRole('checkbox', { name: 'Anonymous' })).not.toBeChecked();
    expect(clear).toBeEnabled();
    expect(clear).toHaveFocus();
  });
});
