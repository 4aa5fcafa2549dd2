/**
 * Audit of 2026-12-02, m8: structure. "National lines" is a heading over its groups, and a check
 * question says which question it is when focus lands on it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { forgetAnswers } from '../../../src/features/check/answerMemory';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  forgetAnswers();
  await database.delete();
  await database.open();
});

describe('m8: structure', () => {
  it('puts the national groups (h3) and their cards (h4) under the heading "National lines" (h2)', async () => {
    await renderApp('en', { name: 'contacts' });
    const national = await screen.findByRole('heading', { level: 2, name: 'National lines' });
    expect(national).toBeInTheDocument();
    const group = screen.getByRole('heading', { level: 3, name: 'Money and debts' });
    const details = group.closest('details');
    if (!details) throw new Error('no group');
    expect(within(details).getAllByRole('heading', { level: 4, hidden: true }).length).toBeGreaterThan(0);
  });

  it('reads "Question 1 of 8" with the question that gets focus', async () => {
    await renderApp('en', { name: 'check' });
    await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
    const question = await screen.findByRole('heading', { level: 2 });
    await waitFor(() => expect(question).toHaveFocus());
    expect(question).toHaveAccessibleDescription('Question 1 of 8');
  });
});
