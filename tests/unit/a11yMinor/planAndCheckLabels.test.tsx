/**
 * Audit of 2026-12-02, m13: a step's status select has a visible label, and the check's Back button
 * comes first instead of after Next and Skip.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { forgetAnswers } from '../../../src/features/check/answerMemory';
import { lockNow } from '../../../src/features/vault/session';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  lockNow();
  forgetAnswers();
  await database.delete();
  await database.open();
});

describe('m13: labels and order', () => {
  it('shows "Hoe ver:" beside a step’s status, and the select keeps its full name', async () => {
    await renderApp('nl', { name: 'plan' });
    const steps = await screen.findByRole('region', { name: 'Stappen' });
    await userEvent.click(within(steps).getAllByRole('button', { name: /^Stap toevoegen/ })[0] as HTMLElement);
    await userEvent.type(within(steps).getByLabelText('Wat is de stap?'), 'Bel het wijkteam');
    await userEvent.click(within(steps).getAllByRole('button', { name: /^Stap toevoegen/ })[0] as HTMLElement);
    const status = await within(steps).findByLabelText('Hoe ver: Bel het wijkteam');
    const visible = status.closest('label')?.querySelector('.plan-item__status-label');
    expect(visible).toHaveTextContent(/^Hoe ver:$/);
    expect(visible?.closest('.visually-hidden')).toBeNull();
    expect(status).toHaveAccessibleName('Hoe ver: Bel het wijkteam');
  });

  it('puts Back before Next and Skip in the check', async () => {
    await renderApp('en', { name: 'check' });
    await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Skip this question' }));
    await screen.findByText('Question 2 of 8');
    const form = screen.getByRole('group').closest('form') as HTMLFormElement;
    const row = form.querySelector('.button-row') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Back', 'Next', 'Skip this question']);
  });
});
