import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkQuestions } from '../../../src/content/check/questions';
import { database } from '../../../src/data/database';
import { leaveShowingMode } from '../../../src/lib/showingMode';
import { startShowing } from '../../../src/features/showing/showingSession';
import { renderApp } from '../app/renderApp';
import { readLocale } from '../guides/localeText';

const check = readLocale('en', 'check') as { handOver: Record<string, string>; nav: Record<string, string> };
/** The English text of a content key such as `check:questions.now.text`. */
function en(key: string): string {
  const value = key
    .replace(/^check:/, '')
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], check);
  if (typeof value !== 'string') throw new Error(`no text at ${key}`);
  return value;
}
const [firstQuestion] = checkQuestions;
if (!firstQuestion?.options[0]) throw new Error('the check has no first question');
const firstText = en(firstQuestion.textKey);
const firstOption = en(firstQuestion.options[0].textKey);

beforeEach(async () => {
  leaveShowingMode();
  await database.delete();
  await database.open();
});
afterEach(() => leaveShowingMode());

async function openHandOver() {
  await renderApp('en', { name: 'check' });
  act(() => startShowing('en'));
  await userEvent.click(await screen.findByRole('link', { name: check.handOver.entry }));
  await userEvent.click(await screen.findByRole('button', { name: check.handOver.start }));
}

describe('answering the check on your own, in showing mode', () => {
  it('moves on at each tap and never shows which answer was chosen', async () => {
    await openHandOver();
    expect(await screen.findByRole('heading', { name: firstText })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: firstOption }));
    // The next question is on screen; nothing says what was chosen before.
    expect(screen.queryByRole('heading', { name: firstText })).toBeNull();
    expect(screen.getByText(`Question 2 of ${checkQuestions.length}`)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(firstOption);
    expect(document.querySelectorAll('main [aria-pressed="true"], main input:checked')).toHaveLength(0);
  });

  it('ends with the person’s choice: see the result, or clear and give the phone back; nothing is stored', async () => {
    await openHandOver();
    for (let index = 0; index < checkQuestions.length; index += 1) {
      await screen.findByText(`Question ${index + 1} of ${checkQuestions.length}`);
      await userEvent.click(screen.getByRole('button', { name: check.nav.skip }));
    }
    expect(await screen.findByRole('heading', { name: check.handOver.doneHeading })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: check.handOver.see }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Start here' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: check.handOver.clearAndGiveBack }));
    const giveBack = await screen.findByRole('heading', { name: check.handOver.giveBack });
    expect(giveBack).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Start here' })).toBeNull();
    expect(await database.planItems.count()).toBe(0);
    expect(await database.settings.count()).toBeLessThanOrEqual(1);

    await userEvent.click(screen.getByRole('button', { name: check.handOver.haveItBack }));
    expect(await screen.findByRole('button', { name: check.handOver.start })).toBeInTheDocument();
  });

  it('counts the choices of a many-answer question without showing them, and can start the question again', async () => {
    const multiple = checkQuestions.findIndex((question) => question.isMultiple);
    expect(multiple).toBeGreaterThanOrEqual(0);
    await openHandOver();
    for (let index = 0; index < multiple; index += 1) {
      await screen.findByText(`Question ${index + 1} of ${checkQuestions.length}`);
      await userEvent.click(screen.getByRole('button', { name: check.nav.skip }));
    }
    const [first, second] = (checkQuestions[multiple]?.options ?? []).map((option) => en(option.textKey));
    await userEvent.click(await screen.findByRole('button', { name: first }));
    await userEvent.click(screen.getByRole('button', { name: second }));
    expect(screen.getByText('2 chosen')).toBeInTheDocument();
    // A screen reader hears the state through headphones; the screen shows only the count.
    expect(screen.getByRole('button', { name: first })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: check.handOver.clearChoices }));
    expect(screen.getByText('0 chosen')).toBeInTheDocument();
    expect(within(document.body).getByRole('button', { name: first })).toHaveAttribute('aria-pressed', 'false');
  });

  it('is only offered while showing someone Verder', async () => {
    await renderApp('en', { name: 'check' });
    await screen.findByRole('button', { name: 'Start the questions' });
    expect(screen.queryByRole('link', { name: check.handOver.entry })).toBeNull();
  });
});
