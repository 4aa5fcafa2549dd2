/**
 * Audit of 2026-12-02, m9 (language of parts) and m10 (direction of typed text): what a screen reader
 * reads with which voice, and which way a person's own text runs.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import { database } from '../../../src/data/database';
import { ContactCard } from '../../../src/features/contacts';
import { lockNow } from '../../../src/features/vault/session';
import { startI18n } from '../../../src/i18n';
import { languageNamer } from '../../../src/lib/languageName';
import { leaveShowingMode } from '../../../src/lib/showingMode';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
});

afterEach(() => {
  act(() => leaveShowingMode());
  vi.restoreAllMocks();
});

function contact(id: string) {
  const found = contacts.find((entry) => entry.id === id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
}

describe('m9: language of parts', () => {
  it('reads the second language’s name in "Also in: العربية" in that language, the label in the reader’s', async () => {
    await renderApp('en', { name: 'settings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Start showing someone' }));
    const bar = await screen.findByRole('region', { name: 'Showing someone' });
    await userEvent.click(within(bar).getByRole('button', { name: 'More tools' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'Second language: None' }));
    await userEvent.click(within(bar).getByRole('button', { name: 'العربية' }));
    await userEvent.click(screen.getByRole('link', { name: 'Start' }));
    const column = await screen.findByRole('region', { name: 'Also in: العربية' });
    const labelId = column.getAttribute('aria-labelledby') ?? '';
    const label = document.getElementById(labelId);
    expect(label).toHaveAttribute('lang', 'en');
    const name = within(label as HTMLElement).getByText('العربية');
    expect(name).toHaveAttribute('lang', 'ar');
    expect(name).toHaveAttribute('dir', 'rtl');
  });

  it('marks Dutch organisation names as Dutch and English ones as English, in any interface language', async () => {
    await startI18n('ar');
    const { unmount } = render(<ContactCard contact={contact('slachtofferhulp')} />);
    const dutch = screen.getByText('Slachtofferhulp Nederland');
    expect(dutch.closest('[lang]')).toHaveAttribute('lang', 'nl');
    expect(dutch.tagName).toBe('BDI');
    expect(dutch.closest('h2, h3, h4')).not.toBeNull();
    unmount();
    render(<ContactCard contact={contact('ugly-mugs')} />);
    expect(screen.getByText('Ugly Mugs NL').closest('[lang]')).toHaveAttribute('lang', 'en');
  });

  it('names a language the browser has no name for by its own name, never by its code', () => {
    // Chromium's Intl has no name for Kirundi and gives back the code.
    vi.spyOn(Intl.DisplayNames.prototype, 'of').mockImplementation((code: string) =>
      code === 'rn' ? 'rn' : `name of ${code}`,
    );
    const nameOf = languageNamer('nl');
    expect(nameOf('rn')).toBe('Ikirundi');
    expect(nameOf('ar')).toBe('name of ar');
  });
});

describe('m10: direction of typed text', () => {
  it('lets a note and a contact run the way their own letters go, in the field and in the plan', async () => {
    await renderApp('ar', { name: 'plan' });
    const notesAdd = await screen.findAllByRole('button', { name: 'إضافة ملاحظة' });
    await userEvent.click(notesAdd[0] as HTMLElement);
    const field = screen.getByRole('textbox', { name: 'ملاحظة' });
    expect(field).toHaveAttribute('dir', 'auto');
    await userEvent.type(field, 'Anna (GGD).');
    await userEvent.click(screen.getAllByRole('button', { name: 'إضافة ملاحظة' })[0] as HTMLElement);
    const shown = await screen.findByText('Anna (GGD).', { selector: 'p' });
    expect(shown).toHaveAttribute('dir', 'auto');
  });
});
