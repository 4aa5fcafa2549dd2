import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { putPlanRows, readPlanSnapshot } from '../../../src/data';
import type { Debt } from '../../../src/domain/moneyItems';
import { savePendingEdits } from '../../../src/features/plan/shell';
import { lockNow } from '../../../src/features/vault/session';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
});

/** Intl writes a no-break space in "€ 1.500,00"; the test compares what a reader sees. */
function spaced(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

function group(name: string, within_: HTMLElement = document.body) {
  return within(within_).getByRole('group', { name });
}

async function addLine(
  picture: string,
  side: string,
  button: string,
  fields: { category?: string; label?: string; amount: string; period?: string },
) {
  const section = screen.getByRole('region', { name: picture });
  const list = group(side, section);
  await userEvent.click(within(list).getByRole('button', { name: button }));
  if (fields.category)
    await userEvent.selectOptions(within(list).getByLabelText(/What is it\?|Wat is het\?/), fields.category);
  if (fields.label) await userEvent.type(within(list).getByLabelText(/own words|eigen woorden/), fields.label);
  await userEvent.type(within(list).getByLabelText(/Amount in euros|Bedrag in euro/), fields.amount);
  if (fields.period) await userEvent.selectOptions(within(list).getByLabelText(/How often|Hoe vaak/), fields.period);
  await userEvent.click(within(list).getByRole('button', { name: button }));
}

function total(section: HTMLElement, label: string): string {
  const term = within(section).getByText(label, { selector: 'dt' });
  return spaced(term.nextElementSibling?.textContent);
}

describe('the money screen', () => {
  it('adds income and costs in any period and shows what is left per month and per week in Dutch format', async () => {
    await renderApp('nl', { name: 'money' });
    await screen.findByRole('region', { name: 'Nu' });
    await addLine('Nu', 'Komt binnen', 'Inkomen toevoegen', { label: 'Schoonmaakwerk', amount: '1.500' });
    await screen.findByText('Schoonmaakwerk');
    await addLine('Nu', 'Gaat eruit', 'Uitgave toevoegen', { category: 'rent', amount: '650,-' });
    await screen.findByRole('button', { name: 'Wissen: Huur' });
    await addLine('Nu', 'Gaat eruit', 'Uitgave toevoegen', {
      category: 'food',
      label: 'Boodschappen',
      amount: '€ 25',
      period: 'week',
    });
    await screen.findByText('Boodschappen');
    const now = screen.getByRole('region', { name: 'Nu' });
    // € 25 a week is € 1.300 a year; € 108,33 a month.
    expect(total(now, 'Binnen per maand')).toBe('€ 1.500,00');
    expect(total(now, 'Eruit per maand')).toBe('€ 758,33');
    expect(total(now, 'Over per maand')).toBe('€ 741,67');
    expect(total(now, 'Over per week')).toBe('€ 171,15');
    expect(spaced(within(now).getByText('Boodschappen').closest('li')?.textContent)).toContain('€ 25,00 per week');
    expect((await readPlanSnapshot()).rows).toHaveLength(3);
  });

  it('names a wrong amount in the person’s language and saves nothing', async () => {
    await renderApp('en', { name: 'money' });
    await screen.findByRole('region', { name: 'Now' });
    await addLine('Now', 'Comes in', 'Add income', { amount: 'a lot' });
    const field = await screen.findByLabelText('Amount in euros');
    expect(await screen.findByText('This is not an amount. Write it like 1.234,56 or 50.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(field);
    await userEvent.type(field, '12.345');
    await userEvent.click(
      within(group('Comes in', screen.getByRole('region', { name: 'Now' }))).getByRole('button', {
        name: 'Add income',
      }),
    );
    expect(await screen.findByText('Use at most two digits for the cents.')).toBeInTheDocument();
    expect((await readPlanSnapshot()).rows).toHaveLength(0);
  });

  it('compares now and after stopping: the gap per month and how many months savings bridge it, as a table', async () => {
    await renderApp('en', { name: 'money' });
    await screen.findByRole('region', { name: 'Now' });
    await addLine('Now', 'Comes in', 'Add income', { amount: '2000' });
    await screen.findByRole('button', { name: 'Delete: Work' });
    await addLine('After stopping or with less work', 'Comes in', 'Add income', {
      category: 'benefit',
      amount: '1100',
    });
    await screen.findByRole('button', { name: 'Delete: Benefit' });
    await addLine('After stopping or with less work', 'Goes out', 'Add a cost', { category: 'rent', amount: '1400' });
    await screen.findByRole('button', { name: 'Delete: Rent' });
    const savings = screen.getByRole('region', { name: 'Savings' });
    await userEvent.type(within(savings).getByLabelText('Savings you could use'), '1000');
    await userEvent.click(within(savings).getByRole('button', { name: 'Save the savings' }));
    const compare = screen.getByRole('region', { name: 'The two pictures side by side' });
    await within(compare).findByText(/Your savings cover this for 3 months\./);
    expect(spaced(compare.textContent)).toContain('After stopping or with less work: €300.00 a month is short.');
    expect(within(compare).getByText('Now: what comes in covers what goes out.')).toBeInTheDocument();
    const table = within(compare).getByRole('table', { name: 'Per month, now and after stopping or with less work' });
    const left = within(table).getByRole('row', { name: /Left/ });
    expect(
      within(left)
        .getAllByRole('cell')
        .map((cell) => spaced(cell.textContent)),
    ).toEqual(['€2,000.00', '-€300.00']);
    // The picture is drawn, and hidden from screen readers, which read the table.
    expect(compare.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(compare.querySelectorAll('svg rect')).toHaveLength(4);
  });

  it('points to the guides and Find help, and never shows a benefit amount', async () => {
    await renderApp('en', { name: 'money' });
    const help = await screen.findByRole('region', { name: 'Help with money' });
    expect(within(help).getByRole('link', { name: 'Help with money and debts in Find help' })).toBeInTheDocument();
    expect(within(help).getAllByRole('link')).toHaveLength(4);
    expect(help.textContent).toContain('The municipality decides what you get');
    expect(help.textContent).not.toMatch(/€\s?\d/);
    await userEvent.click(within(help).getByRole('link', { name: 'Help with money and debts in Find help' }));
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Money');
  });
});

describe('money typed while the app updates', () => {
  it('stores a budget line and a debt that are still being typed before the app reloads for an update', async () => {
    await renderApp('en', { name: 'money' });
    const now = await screen.findByRole('region', { name: 'Now' });
    const comesIn = group('Comes in', now);
    await userEvent.click(within(comesIn).getByRole('button', { name: 'Add income' }));
    await userEvent.type(within(comesIn).getByLabelText(/own words/), 'Cleaning');
    await userEvent.type(within(comesIn).getByLabelText('Amount in euros'), '900');
    await userEvent.click(screen.getByRole('button', { name: 'Add a debt' }));
    await userEvent.type(screen.getByLabelText('To whom'), 'Energy company');
    await userEvent.type(screen.getByLabelText(/How much is still open/), '120,50');
    expect((await readPlanSnapshot()).rows).toHaveLength(0);

    await act(() => savePendingEdits());

    await waitFor(async () => expect((await readPlanSnapshot()).rows).toHaveLength(2));
  });

  it('does not store a form that was opened but not typed in, or whose amount is wrong', async () => {
    await renderApp('en', { name: 'money' });
    const now = await screen.findByRole('region', { name: 'Now' });
    const comesIn = group('Comes in', now);
    await userEvent.click(within(comesIn).getByRole('button', { name: 'Add income' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a debt' }));
    await userEvent.type(screen.getByLabelText('To whom'), 'Energy company');
    await userEvent.type(screen.getByLabelText(/How much is still open/), 'a lot');

    await act(() => savePendingEdits());

    expect((await readPlanSnapshot()).rows).toHaveLength(0);
  });
});

describe('the debts list', () => {
  const base = { kind: 'debt', order: 1, updatedAt: 1, since: '', arrangement: '', note: '', paidOff: false } as const;
  async function seed(debts: Debt[]) {
    await putPlanRows(
      debts.map((debt) => ({ id: debt.id, rev: 'r0', data: debt })),
      null,
    );
  }

  it('puts a letter not opened and a payment due this week first, and marks a debt paid off', async () => {
    const inAWeek = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await seed([
      {
        ...base,
        id: 'a',
        creditor: 'Energiebedrijf',
        amountCents: 30000,
        nextPaymentDate: '2099-01-01',
        letterUnopened: false,
      },
      {
        ...base,
        id: 'b',
        creditor: 'Zorgverzekeraar',
        amountCents: 120000,
        nextPaymentDate: inAWeek,
        letterUnopened: false,
      },
      { ...base, id: 'c', creditor: 'CJIB', amountCents: 9000, nextPaymentDate: '', letterUnopened: true },
    ]);
    await renderApp('en', { name: 'money' });
    const debts = await screen.findByRole('region', { name: 'Debts' });
    await within(debts).findByText('CJIB');
    expect([...debts.querySelectorAll('.debt__title strong')].map((element) => element.textContent)).toEqual([
      'CJIB',
      'Zorgverzekeraar',
      'Energiebedrijf',
    ]);
    expect(within(debts).getByText('Letter not opened')).toBeInTheDocument();
    expect(within(debts).getByText('Payment within a week')).toBeInTheDocument();
    expect(spaced(within(debts).getByText(/Still open in total/).textContent)).toBe('Still open in total: €1,590.00');

    await userEvent.click(within(debts).getByRole('button', { name: 'Mark as paid off: CJIB' }));
    await within(debts).findByRole('button', { name: 'Not paid off after all: CJIB' });
    expect([...debts.querySelectorAll('.debt__title strong')].map((element) => element.textContent)).toEqual([
      'Zorgverzekeraar',
      'Energiebedrijf',
      'CJIB',
    ]);
    expect(spaced(within(debts).getByText(/Still open in total/).textContent)).toBe('Still open in total: €1,500.00');
  });

  it('adds a debt with a payment arrangement, and shows its next payment with the plan’s appointments', async () => {
    const next = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await renderApp('en', { name: 'money' });
    const debts = await screen.findByRole('region', { name: 'Debts' });
    await userEvent.click(within(debts).getByRole('button', { name: 'Add a debt' }));
    await userEvent.click(within(debts).getByRole('button', { name: 'Add a debt' }));
    expect(await within(debts).findByText('Please fill this in.')).toBeInTheDocument();
    expect(within(debts).getByText('Please fill in an amount.')).toBeInTheDocument();
    await userEvent.type(within(debts).getByLabelText('To whom'), 'Woningcorporatie');
    await userEvent.type(within(debts).getByLabelText('How much is still open, in euros'), '840,50');
    await userEvent.type(within(debts).getByLabelText('Payment arrangement (optional)'), '€ 50 per maand');
    await userEvent.type(within(debts).getByLabelText('Next payment date (optional)'), next);
    await userEvent.click(within(debts).getByRole('button', { name: 'Add a debt' }));
    expect(await within(debts).findByText('Woningcorporatie')).toBeInTheDocument();
    expect(within(debts).getByText('Arrangement: € 50 per maand')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Back to my plan' }));
    const appointments = await screen.findByRole('region', { name: 'Appointments' });
    expect(within(appointments).getByRole('heading', { name: 'Debt payments coming up' })).toBeInTheDocument();
    expect(within(appointments).getByText(/payment to Woningcorporatie/)).toBeInTheDocument();
  });
});

describe('money while showing Verder to someone', () => {
  it('shows nothing of the budget and writes nothing', async () => {
    await putPlanRows(
      [
        {
          id: 'l1',
          rev: 'r0',
          data: {
            kind: 'moneyLine',
            id: 'l1',
            order: 1,
            updatedAt: 1,
            side: 'in',
            picture: 'now',
            category: 'work',
            label: 'Canary-werk',
            amountCents: 100,
            period: 'month',
          },
        },
      ],
      null,
    );
    const { enterShowingMode, leaveShowingMode } = await import('../../../src/lib/showingMode');
    try {
      await renderApp('en', { name: 'money' });
      expect(await screen.findByText('Canary-werk')).toBeInTheDocument();
      act(() => enterShowingMode());
      await waitFor(() => expect(screen.queryByText('Canary-werk')).not.toBeInTheDocument());
      expect(screen.queryByRole('region', { name: 'Now' })).not.toBeInTheDocument();
    } finally {
      act(() => leaveShowingMode());
    }
  });
});
