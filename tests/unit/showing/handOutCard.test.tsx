/**
 * The hand-out card as the worker sees it: the lines they choose (two or three, from the contacts
 * data), the card in the person's language beside Dutch, the code to the organisation's address, and
 * nothing written anywhere while making it.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import jsQR from 'jsqr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import { database } from '../../../src/data/database';
import { formatDutch } from '../../../src/domain/phoneNumber';
import type * as buildConfig from '../../../src/lib/buildConfig';
import { leaveShowingMode } from '../../../src/lib/showingMode';
import { renderApp } from '../app/renderApp';
import { expectAnnounced } from '../announced';

// An organisation's build that names its own address for the code.
vi.mock('../../../src/lib/buildConfig', async (importOriginal) => ({
  ...(await importOriginal<typeof buildConfig>()),
  buildAppAddress: 'https://verder.voorbeeld.nl/',
}));

/** The number as the contacts data has it, in the display form the whole app uses. */
function numberOf(id: string): string {
  const phone = contacts.find((contact) => contact.id === id)?.channels.phones[0];
  if (!phone) throw new Error(`no phone for ${id}`);
  return formatDutch(phone.number);
}

/** Reads the code from the module path the app draws, as a camera would see it. */
function decode(svg: Element): string | null {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of (svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const offset = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, offset, offset + 3);
      }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

async function openCard() {
  await renderApp('en', { name: 'settings' });
  await userEvent.click(await screen.findByRole('button', { name: 'Start showing someone' }));
  const bar = await screen.findByRole('region', { name: 'Showing someone' });
  await userEvent.click(within(bar).getByRole('button', { name: 'More tools' }));
  await userEvent.click(within(bar).getByRole('button', { name: 'Hand-out card' }));
  await screen.findByRole('heading', { level: 1, name: 'A card to hand out' });
}

const preview = () => screen.getByRole('region', { name: 'This is on each card' });

beforeEach(async () => {
  await database.delete();
  await database.open();
  localStorage.clear();
});

afterEach(() => {
  act(() => leaveShowingMode());
  vi.restoreAllMocks();
});

describe('choosing the lines', () => {
  it('starts with two lines, takes a third, and offers no fourth', async () => {
    await openCard();
    const luisterlijn = screen.getByRole('checkbox', { name: /De Luisterlijn/ });
    expect(screen.getByRole('checkbox', { name: /113 Zelfmoordpreventie/ })).toBeChecked();
    expect(luisterlijn).toBeChecked();
    expect(screen.getByText('Choose two or three.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Veilig Thuis/ }));
    expect(screen.getByText('Three lines fit on the card. Take one off to choose another.')).toBeInTheDocument();
    for (const name of [/CoMensha/, /Centrum Seksueel Geweld/, /Meld Misdaad Anoniem/])
      expect(screen.getByRole('checkbox', { name })).toBeDisabled();
    await userEvent.click(luisterlijn);
    expect(screen.getByRole('checkbox', { name: /CoMensha/ })).toBeEnabled();
    expect(
      within(preview())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      `113 Zelfmoordpreventie ${numberOf('zelfmoordpreventie-113')}`,
      `Veilig Thuis ${numberOf('veilig-thuis')}`,
    ]);
  });

  it('says so when fewer than two lines are chosen, and does not print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await openCard();
    await userEvent.click(screen.getByRole('checkbox', { name: /De Luisterlijn/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    const error = await screen.findByText('Choose at least two lines for the card.');
    await waitFor(() => expect(error).toHaveFocus());
    await expectAnnounced('Choose at least two lines for the card.', 'assertive');
    expect(print).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('checkbox', { name: /CoMensha/ }));
    expect(screen.queryByText('Choose at least two lines for the card.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('what is on the card', () => {
  it('has the person’s language beside Dutch, 112, the lines, the code and no more', async () => {
    await openCard();
    await userEvent.selectOptions(screen.getByLabelText('Language on the card (beside Dutch)'), 'ar');
    const arabic = await waitFor(() => {
      const half = preview().querySelector('.hand-out-card__half[lang="ar"]');
      if (!half) throw new Error('no Arabic half yet');
      return half as HTMLElement;
    });
    const dutch = preview().querySelector('.hand-out-card__half[lang="nl"]') as HTMLElement;
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(dutch).toHaveAttribute('dir', 'ltr');
    expect(arabic).toHaveTextContent('لا يحفظ Verder أي شيء عن أي شخص.');
    expect(arabic).toHaveTextContent('للطوارئ: 112');
    expect(dutch).toHaveTextContent('Verder bewaart niets over wie dan ook.');
    expect(dutch).toHaveTextContent('Alarmnummer: 112');
    expect(
      within(preview())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      `113 Zelfmoordpreventie ${numberOf('zelfmoordpreventie-113')}`,
      `De Luisterlijn ${numberOf('luisterlijn')}`,
    ]);
    const code = within(preview()).getByRole('img', { name: 'QR code with the address of Verder' });
    expect(decode(code)).toBe('https://verder.voorbeeld.nl/');
    expect(preview()).toHaveTextContent('https://verder.voorbeeld.nl/');

    // The printed sheet holds eight of the same card, beside the app rather than inside it.
    const sheet = document.body.querySelector(':scope > .hand-out-sheet');
    expect(sheet?.querySelectorAll('.hand-out-card')).toHaveLength(8);
    expect(sheet?.querySelector('.hand-out-card')?.textContent).toBe(
      preview().querySelector('.hand-out-card')?.textContent,
    );
  });

  it('is in Dutch only when the person reads Dutch', async () => {
    await openCard();
    await userEvent.selectOptions(screen.getByLabelText('Language on the card (beside Dutch)'), 'nl');
    await waitFor(() => expect(preview().querySelectorAll('.hand-out-card__half')).toHaveLength(1));
    expect(preview().querySelector('.hand-out-card__half')).toHaveAttribute('lang', 'nl');
  });

  it('writes nothing on the phone while making and printing cards', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await openCard();
    await userEvent.selectOptions(screen.getByLabelText('Language on the card (beside Dutch)'), 'th');
    await userEvent.click(screen.getByRole('checkbox', { name: /CoMensha/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    const tables = await Promise.all(database.tables.map(async (table) => [table.name, await table.count()]));
    expect(tables.filter(([, count]) => count !== 0)).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
