import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { forgetAnswers } from '../../../src/features/check/answerMemory';
import { setUpLock } from '../../../src/features/vault/lockActions';
import { lockNow } from '../../../src/features/vault/session';
import { deriveKey } from '../../../src/lib/crypto';

async function storedCheckRow() {
  return database.planItems.get('check-answers');
}
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  lockNow();
  forgetAnswers();
  await database.delete();
  await database.open();
});

async function answerStoppedAndFinish() {
  await startCheck();
  await userEvent.click(screen.getByLabelText("I've stopped"));
  await userEvent.click(screen.getByRole('button', { name: 'Next' }));
  for (let question = 2; question <= 8; question++) {
    await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
  }
  await screen.findByRole('heading', { level: 1, name: 'Start here' });
}

async function startCheck() {
  await renderApp('en', { name: 'check' });
  await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
}

async function skipAll() {
  for (let question = 0; question < 8; question++) {
    await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
  }
}

function resultDomains(): string[] {
  return within(screen.getByTestId('result-domains'))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('the situation check', () => {
  describe('when every question is skipped', () => {
    it('still shows a result, with every phase to choose from and no safety block', async () => {
      await startCheck();
      await skipAll();
      expect(await screen.findByRole('heading', { level: 1, name: 'Start here' })).toBeInTheDocument();
      expect(screen.getByText(/You didn't answer any questions/)).toBeInTheDocument();
      expect(screen.getAllByRole('link', { name: /I'm stopping/ }).length).toBeGreaterThan(0);
      expect(screen.queryByText(/these contacts can help/)).not.toBeInTheDocument();
    });
  });

  describe('when every answer is "I\'d rather not say"', () => {
    it('counts none of them: the result is the same as skipping', async () => {
      await startCheck();
      for (let question = 0; question < 8; question++) {
        await userEvent.click(screen.getByLabelText("I'd rather not say"));
        await userEvent.click(screen.getByRole('button', { name: /^(Next|See where to start)$/ }));
      }
      expect(await screen.findByText(/You didn't answer any questions/)).toBeInTheDocument();
      expect(screen.queryByTestId('result-domains')).not.toBeInTheDocument();
    });
  });

  describe('when someone else decides about money, papers or work', () => {
    it('brings safety contacts to the top, 112 first, and safety first among the domains', async () => {
      await startCheck();
      await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
      await userEvent.click(screen.getByLabelText('Money and debts'));
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
      await userEvent.click(screen.getByLabelText('Sometimes'));
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      for (let question = 5; question <= 8; question++) {
        await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
      }
      await screen.findByRole('heading', { level: 1, name: 'Start here' });
      const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
      expect(headings[0]).toBe('Safety');
      expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('112');
      expect(resultDomains()[0]).toContain('Safety');
    });
  });

  describe('where the answers are kept (threat: someone who picks up the phone later)', () => {
    it('keeps them in memory only unless the person chooses to keep them', async () => {
      await answerStoppedAndFinish();
      expect(screen.getByText(/Your answers are not saved/)).toBeInTheDocument();
      expect(await storedCheckRow()).toBeUndefined();
      await userEvent.click(screen.getByRole('button', { name: 'Keep my answers on this phone' }));
      await waitFor(async () =>
        expect((await storedCheckRow())?.data).toMatchObject({ answers: { now: ['stopped'] } }),
      );
      expect(await screen.findByText(/kept on this phone without a lock/)).toBeInTheDocument();
    });

    it('never opens a stored result by itself: the intro comes first, with "Show my answers"', async () => {
      await database.planItems.put({
        id: 'check-answers',
        rev: 'r1',
        data: { kind: 'checkAnswers', id: 'check-answers', order: 0, updatedAt: 1, answers: { now: ['stopped'] } },
      });
      await renderApp('en', { name: 'check' });
      expect(await screen.findByRole('button', { name: 'Start the questions' })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Start here' })).not.toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Show my answers' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Start here' })).toBeInTheDocument();
      expect(screen.getAllByRole('link', { name: /A different daily life|I've stopped/ }).length).toBeGreaterThan(0);
    });

    it('seals them with the plan key when the plan has a lock, and shows nothing of them while locked', async () => {
      await setUpLock([], 'correct horse battery', 1, { derive: deriveKey, iterations: 100_000 });
      await answerStoppedAndFinish();
      await waitFor(async () => expect((await storedCheckRow())?.sealed).toBeDefined());
      const row = await storedCheckRow();
      expect(row?.data).toBeUndefined();
      expect(JSON.stringify(row)).not.toContain('stopped');
      lockNow();
      cleanup();
      await renderApp('en', { name: 'check' });
      expect(await screen.findByText(/They are locked with your plan/)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Show my answers' })).not.toBeInTheDocument();
    });

    it('erases them after confirming', async () => {
      await answerStoppedAndFinish();
      await userEvent.click(screen.getByRole('button', { name: 'Keep my answers on this phone' }));
      await waitFor(async () => expect(await storedCheckRow()).toBeDefined());
      await userEvent.click(await screen.findByRole('button', { name: 'Erase my answers' }));
      await userEvent.click(screen.getByRole('button', { name: 'Yes, erase them' }));
      expect(await screen.findByText('Answers erased')).toBeInTheDocument();
      await waitFor(async () => expect(await storedCheckRow()).toBeUndefined());
    });

    it('ignores damaged stored answers instead of breaking', async () => {
      await database.planItems.put({
        id: 'check-answers',
        rev: 'r1',
        data: {
          kind: 'checkAnswers',
          id: 'check-answers',
          order: 0,
          updatedAt: 1,
          answers: { now: ['not-an-option'], bogus: '7' },
        },
      });
      await renderApp('en', { name: 'check' });
      await userEvent.click(await screen.findByRole('button', { name: 'Show my answers' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Start here' })).toBeInTheDocument();
      expect(screen.getByText(/You didn't answer any questions/)).toBeInTheDocument();
    });
  });
});
