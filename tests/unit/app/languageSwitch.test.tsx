import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { readSetting } from '../../../src/data';
import { chooseStartLanguage } from '../../../src/features/settings';
import { languages } from '../../../src/i18n';
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
    expect(options).toEqual([
      'Nederlands',
      'English',
      'Español',
      'Português (Brasil)',
      'Română',
      'Български',
      'Polski',
      'Magyar',
      'ไทย',
      'العربية',
    ]);
  });
});

describe('a right-to-left language', () => {
  it('turns the whole page right to left, and back', async () => {
    await renderApp('nl');
    await userEvent.selectOptions(screen.getByLabelText('Taal'), 'ar');
    await waitFor(() => expect(document.documentElement.lang).toBe('ar'));
    expect(document.documentElement.dir).toBe('rtl');
    await userEvent.selectOptions(screen.getByRole('combobox'), 'nl');
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
  });
});

describe('every language', () => {
  it.each(languages.map((language) => [language.code, language.dir] as const))(
    '%s sets <html lang> and <html dir=%s> and shows its own start screen',
    async (code, dir) => {
      await renderApp(code);
      expect(document.documentElement.lang).toBe(code);
      expect(document.documentElement.dir).toBe(dir);
      expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('');
      expect(screen.getByRole('heading', { level: 1 }).textContent).not.toContain('home.title');
    },
  );
});

describe('the language at start', () => {
  it('finds Brazilian Portuguese for any Portuguese browser', async () => {
    expect(await chooseStartLanguage(['pt-PT'])).toEqual({ language: 'pt-BR', isChosen: false });
  });

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

describe('choosing a language with the keyboard', () => {
  it('changes nothing while moving through the options, and changes on Enter', async () => {
    await renderApp('en');
    const select = screen.getByLabelText('Language');
    select.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}');
    // Each arrow key in a closed select is a "change" in some browsers; jsdom does not move, so it is fired here.
    fireEvent.change(select, { target: { value: 'es' } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What comes next is up to you');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Use Español' })).toBeInTheDocument();
    select.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    expect(screen.queryByRole('button', { name: /Usar|Use/ })).not.toBeInTheDocument();
  });

  it('applies the option shown with the "use" button, and forgets it with Escape', async () => {
    await renderApp('en');
    const select = screen.getByLabelText('Language');
    select.focus();
    await userEvent.keyboard('{ArrowUp}');
    fireEvent.change(select, { target: { value: 'nl' } });
    select.focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Use Nederlands' })).not.toBeInTheDocument();
    expect(select).toHaveValue('en');
    await userEvent.keyboard('{ArrowDown}');
    fireEvent.change(select, { target: { value: 'nl' } });
    await userEvent.click(screen.getByRole('button', { name: 'Use Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat hierna komt, bepaal jij' })).toBeInTheDocument();
  });
});
