import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database, readSetting } from '../../../src/data';
import { chooseStartLanguage } from '../../../src/features/settings';
import { renderApp } from './renderApp';

beforeEach(async () => {
  await database.delete();
  await database.open();
});

describe('switching language', () => {
  it('shows the screen in English, sets <html lang> and remembers the choice on the device', async () => {
    await renderApp('nl');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Wat hierna komt, bepaal jij');
    await userEvent.selectOptions(screen.getByLabelText('Taal'), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'What comes next is up to you' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    await waitFor(async () => expect(await readSetting('language')).toBe('en'));
  });

  it('offers every language in its own name', async () => {
    await renderApp('en');
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Nederlands', 'English']);
  });
});

describe('the language at start', () => {
  it('is Dutch when nothing is saved and the browser language is not one Verder has', async () => {
    expect(await chooseStartLanguage(['fr-FR', 'de'])).toEqual({ language: 'nl', isChosen: false });
  });

  it("is the browser's language when Verder has it", async () => {
    expect(await chooseStartLanguage(['en-GB', 'nl'])).toEqual({ language: 'en', isChosen: false });
  });

  it('is the saved choice, before the browser language', async () => {
    await database.settings.put({ key: 'language', value: 'nl' });
    expect(await chooseStartLanguage(['en-US'])).toEqual({ language: 'nl', isChosen: true });
  });
});
