import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { isGuardState } from '../../../src/lib/historyMarks';
import { renderApp } from './renderApp';

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });
const menu = () => screen.getByRole('navigation', { name: 'Main menu' });

/** The phone's Back button: the browser steps back one entry and the page hears popstate. */
async function pressPhoneBack() {
  await act(async () => {
    window.history.back();
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
}

describe('moving between screens', () => {
  it('opens a phase from home, focuses its heading and keeps the title neutral', async () => {
    document.title = 'something else';
    await renderApp('en');
    await userEvent.click(screen.getByRole('link', { name: /I'm stopping/ }));
    await waitFor(async () => expect(await heading("I'm stopping")).toHaveFocus());
    expect(document.title).toBe('Verder');
  });

  it('puts quick exit first in the keyboard order', async () => {
    await renderApp('nl');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /Snel weg/ })).toHaveFocus();
  });

  it('shows every phase on the home screen', async () => {
    await renderApp('nl');
    const links = screen.getAllByRole('link').map((link) => link.textContent);
    for (const title of [
      'Ik doe sekswerk',
      'Ik denk na over stoppen',
      'Ik ben aan het stoppen',
      'Een ander dagelijks leven',
    ]) {
      expect(links.some((text) => text?.includes(title))).toBe(true);
    }
  });
});

describe('back like in an app', () => {
  it('the back control goes to the screen the person came from, and is not on the start screen', async () => {
    await renderApp('en');
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: /I'm stopping/ }));
    await userEvent.click(await screen.findByRole('link', { name: /^Housing/ }));
    await heading('Housing');
    await userEvent.click(within(menu()).getByRole('link', { name: 'Find help' }));
    await heading('Find help');

    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Housing');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading("I'm stopping")).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading('What comes next is up to you');
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('the phone’s Back goes to the previous screen, with one guard entry at most, and none on the start screen', async () => {
    await renderApp('en');
    const lengthAtStart = window.history.length;
    await userEvent.click(screen.getByRole('link', { name: /I'm stopping/ }));
    await userEvent.click(await screen.findByRole('link', { name: /^Housing/ }));
    await heading('Housing');
    expect(isGuardState(window.history.state)).toBe(true);
    expect(window.history.length).toBeLessThanOrEqual(lengthAtStart + 1);

    await pressPhoneBack();
    await heading("I'm stopping");
    // Re-armed: the next Back also stays in Verder.
    await waitFor(() => expect(isGuardState(window.history.state)).toBe(true));
    expect(window.history.length).toBeLessThanOrEqual(lengthAtStart + 1);

    await pressPhoneBack();
    await heading('What comes next is up to you');
    // On the start screen there is no guard: the next Back leaves Verder.
    expect(isGuardState(window.history.state)).toBe(false);
  });

  it('going to Start from the bar takes the guard away, so Back there leaves Verder', async () => {
    await renderApp('en');
    await userEvent.click(within(menu()).getByRole('link', { name: 'Guides' }));
    await heading('Practical guides');
    expect(isGuardState(window.history.state)).toBe(true);
    await userEvent.click(within(menu()).getByRole('link', { name: 'Start' }));
    await heading('What comes next is up to you');
    await waitFor(() => expect(isGuardState(window.history.state)).toBe(false));
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('in the check, Back goes to the previous question first', async () => {
    await renderApp('en');
    await userEvent.click(within(menu()).getByRole('link', { name: 'More' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Where do I start?' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Start the questions' }));
    await screen.findByText('Question 1 of 8');
    await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
    await screen.findByText('Question 2 of 8');
    await pressPhoneBack();
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Back' })[0] as HTMLElement);
    expect(await screen.findByRole('button', { name: 'Start the questions' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading('More')).toBeInTheDocument();
  });
});

describe('the bottom bar', () => {
  it('has five places with labels, and marks the current one', async () => {
    await renderApp('en');
    const links = within(menu()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Start', 'Find help', 'My plan', 'Guides', 'More']);
    expect(within(menu()).getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(screen.getByRole('link', { name: /I'm stopping/ }));
    await heading("I'm stopping");
    // A phase belongs to Start: marked as the current part, not as the page itself.
    expect(within(menu()).getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'true');
    await userEvent.click(within(menu()).getByRole('link', { name: 'My plan' }));
    await heading('My plan');
    expect(within(menu()).getByRole('link', { name: 'My plan' })).toHaveAttribute('aria-current', 'page');
    expect(within(menu()).getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current');
  });

  it('More holds the screens that do not fit in the bar', async () => {
    await renderApp('en');
    await userEvent.click(within(menu()).getByRole('link', { name: 'More' }));
    await heading('More');
    const main = screen.getByRole('main');
    for (const name of ['Where do I start?', 'Safety and privacy', 'Settings', 'About Verder']) {
      expect(within(main).getByRole('link', { name })).toBeInTheDocument();
    }
    await userEvent.click(within(main).getByRole('link', { name: 'Settings' }));
    await heading('Settings');
    expect(within(menu()).getByRole('link', { name: 'More' })).toHaveAttribute('aria-current', 'true');
  });
});

describe('help now on the start screen', () => {
  it('offers 112, 113 and De Luisterlijn with numbers from the contacts data, and one tap to Find help', async () => {
    await renderApp('en');
    const help = screen.getByRole('region', { name: 'Need help now?' });
    const calls = within(help)
      .getAllByRole('link', { name: /^Call/ })
      .map((link) => link.getAttribute('href'));
    expect(calls).toEqual(['tel:112', 'tel:08000113', 'tel:+31880767000']);
    expect(within(help).getByText('De Luisterlijn')).toBeInTheDocument();
    await userEvent.click(within(help).getByRole('link', { name: /Help in my town/ }));
    expect(await heading('Find help')).toBeInTheDocument();
  });
});
