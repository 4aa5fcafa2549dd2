/**
 * Audit of 2026-12-02, m6: starting the check again clears the answers, so it asks first, as
 * "Erase my answers" does, and a "no" keeps every answer.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { forgetAnswers } from '../../../src/features/check/answerMemory';
import { lockNow } from '../../../src/features/vault/session';
import { expectAnnounced } from '../announced';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  lockNow();
  forgetAnswers();
  await database.delete();
  await database.open();
});

async function answerOneAndFinish() {
  await renderApp('en', { name: 'check' });
  await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
  await userEvent.click(screen.getByLabelText("I've stopped"));
  await userEvent.click(screen.getByRole('button', { name: 'Next' }));
  for (let question = 2; question <= 8; question++) {
    await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
  }
  await screen.findByRole('heading', { level: 1, name: 'Start here' });
}

const question = 'Start again? Your earlier answers will be erased.';

describe('m6: taking the check again', () => {
  it('asks before erasing kept answers, and "No, keep them" keeps them on the phone', async () => {
    await answerOneAndFinish();
    await userEvent.click(screen.getByRole('button', { name: 'Keep my answers on this phone' }));
    await waitFor(async () => expect(await database.planItems.get('check-answers')).toBeDefined());
    const stored = await database.planItems.get('check-answers');
    await userEvent.click(screen.getByRole('button', { name: 'Take the check again' }));
    expect(screen.getByText(question)).toBeInTheDocument();
    await expectAnnounced(question);
    // Focus is on the safe choice; nothing has changed yet.
    await waitFor(() => expect(screen.getByRole('button', { name: 'No, keep them' })).toHaveFocus());
    expect(await database.planItems.get('check-answers')).toEqual(stored);
    await userEvent.click(screen.getByRole('button', { name: 'No, keep them' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Take the check again' })).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Start here' })).toBeInTheDocument();
    expect(await database.planItems.get('check-answers')).toEqual(stored);
  });

  it('starts again only after "Yes, start again"', async () => {
    await answerOneAndFinish();
    await userEvent.click(screen.getByRole('button', { name: 'Take the check again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, start again' }));
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    expect(screen.getByLabelText("I've stopped")).not.toBeChecked();
  });

  it('asks too when the questions are started from the intro while answers from before are there', async () => {
    await answerOneAndFinish();
    await userEvent.click(screen.getAllByRole('button', { name: 'Back' })[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
    expect(screen.getByText(question)).toBeInTheDocument();
    expect(screen.queryByText('Question 1 of 8')).not.toBeInTheDocument();
  });

  it('starts at once when there is nothing to lose', async () => {
    await renderApp('en', { name: 'check' });
    await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    expect(screen.queryByText(question)).not.toBeInTheDocument();
  });

  it('starts at once after questions were only gone through, without an answer', async () => {
    await renderApp('en', { name: 'check' });
    await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Question 2 of 8')).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Back' })[0] as HTMLElement);
    await userEvent.click(screen.getAllByRole('button', { name: 'Back' })[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    expect(screen.queryByText(question)).not.toBeInTheDocument();
  });
});
