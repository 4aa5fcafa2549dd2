import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { leaveShowingMode } from '../../../src/lib/showingMode';
import { renderApp } from '../app/renderApp';
import { expectAnnounced } from '../announced';
import { findSection } from '../sections';

async function startShowing() {
  await renderApp('en', { name: 'settings' });
  await userEvent.click(await screen.findByRole('button', { name: 'Start showing someone' }));
  const bar = await screen.findByRole('region', { name: 'Showing someone' });
  // The slim row has the text size, ⇄ and Stop; the other tools are one tap away.
  await userEvent.click(within(bar).getByRole('button', { name: 'More tools' }));
  return bar;
}

beforeEach(async () => {
  await database.delete();
  await database.open();
});

afterEach(() => {
  act(() => leaveShowingMode());
});

describe('starting and stopping from settings', () => {
  it('shows a marker bar that says nothing is saved, and removes it when stopped', async () => {
    const bar = await startShowing();
    expect(bar).toHaveTextContent('Showing someone. Nothing is saved on this phone.');
    await userEvent.click(within(bar).getByRole('button', { name: 'Stop showing' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Showing someone' })).not.toBeInTheDocument());
  });

  it('keeps a language chosen in the mode in memory only, and puts the worker’s language back after', async () => {
    const bar = await startShowing();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'nl');
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    expect(await database.settings.toArray()).toEqual([]);
    // The bar stays in the worker's own language while the screens are in Dutch.
    expect(within(bar).getByRole('button', { name: 'Stop showing' })).toBeInTheDocument();
    expect(bar.closest('[lang]')).toHaveAttribute('lang', 'en');
    await userEvent.click(within(bar).getByRole('button', { name: 'Stop showing' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(await database.settings.toArray()).toEqual([]);
  });
});

describe('focus and what is said when the mode stops or a language is chosen', () => {
  it('after Stop showing in the bar, focus goes to the screen’s heading and the stop is said once', async () => {
    const bar = await startShowing();
    await userEvent.click(within(bar).getByRole('button', { name: 'Stop showing' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    await expectAnnounced('You stopped showing. Nothing was saved on this phone.');
  });

  it('after Stop showing in the bar, the worker is back on Start, not on what the other person read', async () => {
    const bar = await startShowing();
    const main = screen.getByRole('main');
    await userEvent.click(screen.getByRole('link', { name: 'Start' }));
    await userEvent.click((await within(main).findAllByRole('link', { name: /^I do sex work/ }))[0] as HTMLElement);
    await userEvent.click((await within(main).findAllByRole('link', { name: /^Health/ }))[0] as HTMLElement);
    await screen.findByRole('heading', { level: 1, name: 'Health' });
    await userEvent.click(within(bar).getByRole('button', { name: 'Stop showing' }));
    const start = await screen.findByRole('heading', { level: 1, name: 'What comes next is up to you' });
    await waitFor(() => expect(start).toHaveFocus());
    await expectAnnounced('You stopped showing. Nothing was saved on this phone.');
    // Replaced, not pushed: Start is the first screen again, so there is nothing to go back to.
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('after Stop showing in Settings, the worker stays there and Back goes to Start, past what was shown', async () => {
    await startShowing();
    const main = screen.getByRole('main');
    await userEvent.click(screen.getByRole('link', { name: 'Start' }));
    await userEvent.click((await within(main).findAllByRole('link', { name: /^I do sex work/ }))[0] as HTMLElement);
    await userEvent.click(screen.getByRole('link', { name: 'More' }));
    await userEvent.click(await within(main).findByRole('link', { name: 'Settings' }));
    const entry = await findSection('Show Verder to someone');
    await userEvent.click(within(entry).getByRole('button', { name: 'Stop showing' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start showing someone' })).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What comes next is up to you' })).toBeInTheDocument();
  });

  it('after Stop showing in Settings, focus goes to the button that starts it again', async () => {
    await startShowing();
    const entry = screen.getByRole('heading', { name: 'Show Verder to someone' }).closest('section') as HTMLElement;
    await userEvent.click(within(entry).getByRole('button', { name: 'Stop showing' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start showing someone' })).toHaveFocus());
    await expectAnnounced('You stopped showing.');
  });

  it('after choosing a second language, focus goes back to the button that names it', async () => {
    const bar = await startShowing();
    await userEvent.click(within(bar).getByRole('button', { name: 'Second language: None' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'ไทย' }));
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Second language: ไทย' })).toHaveFocus());
  });
});

describe('a second language', () => {
  it('swaps with ⇄ in place: the person’s language first, the worker’s second, the bar unchanged', async () => {
    const bar = await startShowing();
    expect(within(bar).queryByRole('button', { name: /Swap/ })).not.toBeInTheDocument();
    await userEvent.click(within(bar).getByRole('button', { name: 'Second language: None' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'ไทย' }));
    await userEvent.click(screen.getByRole('link', { name: 'Start' }));
    await screen.findByRole('region', { name: 'Also in: ไทย' });
    await userEvent.click(await within(bar).findByRole('button', { name: 'Swap: ไทย first' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('th'));
    // The screens' own words are Thai now, with the English copy beside them.
    await waitFor(() => expect(document.querySelector('section.column--copy')).toHaveAttribute('lang', 'en'));
    expect(document.getElementById('screen-heading')?.closest('[lang]')).toHaveAttribute('lang', 'th');
    expect(await within(bar).findByRole('button', { name: 'Swap: English first' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Second language: English' })).toBeInTheDocument();
    expect(await database.settings.toArray()).toEqual([]);
    await userEvent.click(within(bar).getByRole('button', { name: 'Swap: English first' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(await screen.findByRole('region', { name: 'Also in: ไทย' })).toBeInTheDocument();
  });

  it('shows the screen again in its own column with its own lang, dir, text and ids', async () => {
    const bar = await startShowing();
    await userEvent.click(within(bar).getByRole('button', { name: 'Second language: None' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'العربية' }));
    await userEvent.click(screen.getByRole('link', { name: 'Start' }));
    const column = await screen.findByRole('region', { name: 'Also in: العربية' });
    expect(column).toHaveAttribute('lang', 'ar');
    expect(column).toHaveAttribute('dir', 'rtl');
    expect(within(column).getByRole('heading', { level: 1 })).toHaveTextContent('ما سيأتي بعد ذلك قرارك أنت');
    expect(within(column).getByRole('heading', { level: 1 }).id).toBe('screen-heading--also');
    expect(document.getElementById('screen-heading')).toHaveTextContent('What comes next is up to you');
    expect(document.getElementById('screen-heading')).toHaveFocus();
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('is not offered on the settings screen, which is the worker’s own', async () => {
    const bar = await startShowing();
    await userEvent.click(within(bar).getByRole('button', { name: 'Second language: None' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'Polski' }));
    expect(await within(bar).findByRole('button', { name: 'Second language: Polski' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Also in: Polski' })).not.toBeInTheDocument();
  });

  it('goes away when "none" is chosen', async () => {
    const bar = await startShowing();
    await userEvent.click(within(bar).getByRole('button', { name: 'Second language: None' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'Nederlands' }));
    // About Verder is under More, in the menu bar.
    await userEvent.click(screen.getByRole('link', { name: 'More' }));
    await userEvent.click((await screen.findAllByRole('link', { name: 'About Verder' }))[0] as HTMLElement);
    expect(await screen.findByRole('region', { name: 'Also in: Nederlands' })).toBeInTheDocument();
    await userEvent.click(within(bar).getByRole('button', { name: 'Second language: Nederlands' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'None' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Also in: Nederlands' })).not.toBeInTheDocument());
  });
});

describe('larger text', () => {
  it('steps from 100% to 130% to 160% and back, and is reset when the mode stops', async () => {
    const bar = await startShowing();
    await userEvent.click(within(bar).getByRole('button', { name: 'Text size: 100%' }));
    expect(document.documentElement).toHaveClass('text-scale-130');
    await userEvent.click(within(bar).getByRole('button', { name: 'Text size: 130%' }));
    expect(document.documentElement).toHaveClass('text-scale-160');
    await userEvent.click(within(bar).getByRole('button', { name: 'Text size: 160%' }));
    expect(document.documentElement).not.toHaveClass('text-scale-160');
    await userEvent.click(within(bar).getByRole('button', { name: 'Text size: 100%' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'Stop showing' }));
    expect(document.documentElement).not.toHaveClass('text-scale-130');
  });
});

describe('contacts for a region', () => {
  it('opens the contacts screen at the region’s centre', async () => {
    const bar = await startShowing();
    await userEvent.selectOptions(within(bar).getByLabelText('Contacts in a region'), 'zwolle');
    await userEvent.click(within(bar).getByRole('button', { name: 'Show contacts' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Find help' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: /Zwolle/ })).toBeInTheDocument();
  });
});

describe('the code to take Verder home', () => {
  it('is drawn on the device and says it holds only the app’s address', async () => {
    const bar = await startShowing();
    await userEvent.click(within(bar).getByRole('button', { name: 'Take Verder home' }));
    expect(await within(bar).findByRole('img', { name: 'QR code with the address of Verder' })).toBeInTheDocument();
    expect(bar).toHaveTextContent('This code holds only the address of this app. It holds nothing about you.');
  });
});
