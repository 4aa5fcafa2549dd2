import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database, readCheckAnswers } from '../../../src/data';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  await database.delete();
  await database.open();
});

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

  describe('when the answers are kept', () => {
    it('saves them on this device and erases them after confirming', async () => {
      await startCheck();
      await userEvent.click(screen.getByLabelText("I've stopped"));
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      await waitFor(async () => expect(await readCheckAnswers()).toEqual({ now: ['stopped'] }));
      for (let question = 2; question <= 8; question++) {
        await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
      }
      await userEvent.click(await screen.findByRole('button', { name: 'Erase my answers' }));
      await userEvent.click(screen.getByRole('button', { name: 'Yes, erase them' }));
      expect(await screen.findByText('Answers erased')).toBeInTheDocument();
      expect(await readCheckAnswers()).toBeUndefined();
    });

    it('ignores damaged stored answers instead of breaking', async () => {
      await database.settings.put({ key: 'checkAnswers', value: { now: ['not-an-option'], bogus: 7 } });
      await renderApp('en', { name: 'check' });
      expect(await screen.findByRole('heading', { level: 1, name: 'Start here' })).toBeInTheDocument();
      expect(screen.getByText(/You didn't answer any questions/)).toBeInTheDocument();
    });
  });
});
