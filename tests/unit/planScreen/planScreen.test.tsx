import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { putPlanRows, readPlanSnapshot } from '../../../src/data';
import { lockNow } from '../../../src/features/vault/session';
import { renderApp } from '../app/renderApp';
import { expectAnnounced } from '../announced';

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
});

function section(name: string) {
  return screen.getByRole('region', { name });
}

async function addNote(text: string) {
  const notes = section('Notes');
  await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
  await userEvent.type(within(notes).getByLabelText('Note'), text);
  await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
  // A typed textarea also holds the text; the item is there once it can be deleted.
  await screen.findByRole('button', { name: `Delete: ${text}` });
}

describe('my plan', () => {
  it('keeps a note on the device and shows it, with private inputs', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await userEvent.click(within(section('Notes')).getByRole('button', { name: 'Add a note' }));
    const input = within(section('Notes')).getByLabelText('Note');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAttribute('autocorrect', 'off');
    expect(input).toHaveAttribute('autocapitalize', 'off');
    expect(input).toHaveAttribute('spellcheck', 'false');
    await userEvent.type(input, 'Vraag naar de huurtoeslag');
    await userEvent.click(within(section('Notes')).getByRole('button', { name: 'Add a note' }));
    expect(await screen.findByRole('button', { name: 'Delete: Vraag naar de huurtoeslag' })).toBeInTheDocument();
    const { rows } = await readPlanSnapshot();
    expect(rows).toHaveLength(1);
  });

  it('refuses an empty note with a clear message and saves nothing', async () => {
    await renderApp('en', { name: 'plan' });
    const notes = await screen.findByRole('region', { name: 'Notes' });
    await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
    await userEvent.type(within(notes).getByLabelText('Note'), '   ');
    await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
    expect(await within(notes).findByText('Please fill this in.')).toBeInTheDocument();
    expect(within(notes).getByLabelText('Note')).toHaveAttribute('aria-invalid', 'true');
    expect((await readPlanSnapshot()).rows).toHaveLength(0);
  });

  it('names a wrong phone number and an impossible date in the person’s language', async () => {
    await renderApp('en', { name: 'plan' });
    const contacts = await screen.findByRole('region', { name: 'My contacts' });
    await userEvent.click(within(contacts).getByRole('button', { name: 'Add a contact' }));
    await userEvent.type(within(contacts).getByLabelText('Name'), 'Sam');
    await userEvent.type(within(contacts).getByLabelText('Phone number (optional)'), 'call me');
    await userEvent.click(within(contacts).getByRole('button', { name: 'Add a contact' }));
    expect(
      await within(contacts).findByText('Use only numbers, spaces, dashes, brackets and a + at the start.'),
    ).toBeInTheDocument();
    await userEvent.clear(within(contacts).getByLabelText('Phone number (optional)'));
    await userEvent.type(within(contacts).getByLabelText('Phone number (optional)'), '06 1234 5678');
    await userEvent.click(within(contacts).getByRole('button', { name: 'Add a contact' }));
    expect(await within(contacts).findByRole('link', { name: /Call Sam/ })).toHaveAttribute('href', 'tel:0612345678');
  });

  it('deletes with undo, and moves items', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await addNote('eerste');
    await addNote('tweede');
    await userEvent.click(screen.getByRole('button', { name: 'Move up: tweede' }));
    await waitFor(() =>
      expect(
        within(section('Notes'))
          .getAllByRole('listitem')
          .map((item) => item.querySelector('.plan-item__text')?.textContent),
      ).toEqual(['tweede', 'eerste']),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete: eerste' }));
    await waitFor(() => expect(within(section('Notes')).queryByText('eerste')).not.toBeInTheDocument());
    // Undo stands where the item was, in its own section, without repeating the item's words.
    const undo = within(section('Notes')).getByRole('button', { name: 'Undo' });
    const slot = undo.closest('li') as HTMLElement;
    expect(slot).toHaveTextContent('Deleted from your plan. To get it back, press Undo.');
    expect(slot).not.toHaveTextContent('eerste');
    expect(slot.previousElementSibling).toHaveTextContent('tweede');
    expect(within(slot).queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    await waitFor(() => expect(undo).toHaveFocus());
    await expectAnnounced('Deleted from your plan. To get it back, press Undo.');
    await userEvent.click(undo);
    expect(await screen.findByRole('button', { name: 'Delete: eerste' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('eerste').closest('li')).toHaveFocus());
    await expectAnnounced('It is back in your plan.');
  });

  it('a move that removes the pressed button gives focus to the other move button and says the new place', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await addNote('eerste');
    await addNote('tweede');
    await userEvent.click(screen.getByRole('button', { name: 'Move up: tweede' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move down: tweede' })).toHaveFocus());
    await expectAnnounced('Moved. Now 1 of 2.');
  });

  it('closing the undo offer moves focus to the next item, or to the section heading', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await addNote('eerste');
    await addNote('tweede');
    await userEvent.click(screen.getByRole('button', { name: 'Delete: eerste' }));
    await userEvent.click(await within(section('Notes')).findByRole('button', { name: 'Close message' }));
    await waitFor(() => expect(screen.getByText('tweede').closest('li')).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Delete: tweede' }));
    await userEvent.click(await within(section('Notes')).findByRole('button', { name: 'Close message' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Notes' })).toHaveFocus());
  });

  it('changes a step’s status in one tap', async () => {
    await renderApp('en', { name: 'plan' });
    const steps = await screen.findByRole('region', { name: 'Steps' });
    await userEvent.click(within(steps).getByRole('button', { name: 'Add a step' }));
    await userEvent.type(within(steps).getByLabelText('What is the step?'), 'Bel het wijkteam');
    await userEvent.click(within(steps).getByRole('button', { name: 'Add a step' }));
    const status = await within(steps).findByLabelText('Status: Bel het wijkteam');
    await userEvent.selectOptions(status, 'done');
    await waitFor(async () => {
      const { rows } = await readPlanSnapshot();
      expect(rows[0]?.data).toMatchObject({ status: 'done' });
    });
  });

  it('shows a change made in another tab at once', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await act(() =>
      putPlanRows(
        [{ id: 'x', rev: 'r', data: { kind: 'note', id: 'x', order: 1, updatedAt: 1, text: 'uit een ander tabblad' } }],
        null,
      ),
    );
    expect(await screen.findByText('uit een ander tabblad')).toBeInTheDocument();
  });

  it('adds a step from Explore once, in the reader’s language later', async () => {
    await renderApp('en', { name: 'topic', phase: 'stopping', domain: 'housing' });
    const add = await screen.findAllByRole('button', { name: /^Add to my plan: / });
    await userEvent.click(add[0] as HTMLElement);
    expect(await screen.findByText('In my plan')).toBeInTheDocument();
    const { rows } = await readPlanSnapshot();
    expect(rows[0]?.data).toMatchObject({ kind: 'step', contentId: 'stopping.housing.register', text: '' });
  });

  it('moves focus to "In my plan" when the pressed button makes way for it, and says it was added once', async () => {
    await renderApp('en', { name: 'topic', phase: 'stopping', domain: 'housing' });
    const add = await screen.findAllByRole('button', { name: /^Add to my plan: / });
    await userEvent.click(add[0] as HTMLElement);
    const note = await screen.findByText('In my plan');
    await waitFor(() => expect(note).toHaveFocus());
    await expectAnnounced('Added to your plan.');
  });
});

describe('the lock', () => {
  it('locks with a passphrase, is honest about forgetting it, and opens only with the right one', async () => {
    await putPlanRows(
      [{ id: 'n', rev: 'r', data: { kind: 'note', id: 'n', order: 1, updatedAt: 1, text: 'mijn geheim' } }],
      null,
    );
    await renderApp('en', { name: 'planSafety' });
    const lock = await screen.findByRole('region', { name: 'Lock my plan' });
    await userEvent.type(await within(lock).findByLabelText('Password'), 'kort');
    expect(within(lock).getByText(/Too short/)).toBeInTheDocument();
    await userEvent.click(within(lock).getByRole('button', { name: 'Lock my plan' }));
    expect(await within(lock).findAllByText('Too short. Use at least 8 characters.')).not.toHaveLength(0);
    await userEvent.clear(within(lock).getByLabelText('Password'));
    await userEvent.type(within(lock).getByLabelText('Password'), 'blauwe fiets in de regen');
    expect(within(lock).getByText(/Strong/)).toBeInTheDocument();
    await userEvent.type(within(lock).getByLabelText('Password again'), 'blauwe fiets in de regen');
    await userEvent.click(within(lock).getByRole('button', { name: 'Lock my plan' }));
    expect(await screen.findByText('Your plan is locked now.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(JSON.stringify(await database.planItems.toArray())).not.toContain('geheim');

    act(() => lockNow());
    const menu = screen.getByRole('navigation', { name: 'Main menu' });
    await userEvent.click(within(menu).getByRole('link', { name: 'My plan' }));
    expect(await screen.findByRole('heading', { name: 'Your plan is locked' })).toBeInTheDocument();
    expect(screen.getByText(/nobody can open this plan again, not us either/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Password'), 'rode fiets in de regen');
    await userEvent.click(screen.getByRole('button', { name: 'Open my plan' }));
    expect(
      await screen.findByText(/This password does not open your plan/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Password'));
    await userEvent.type(screen.getByLabelText('Password'), 'blauwe fiets in de regen');
    await userEvent.click(screen.getByRole('button', { name: 'Open my plan' }));
    expect(await screen.findByText('mijn geheim', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});

describe('when the browser cannot store anything', () => {
  it('says so on the plan screen instead of showing an empty plan', async () => {
    const { vi } = await import('vitest');
    const spy = vi
      .spyOn(database.planItems, 'toArray')
      .mockRejectedValue(Object.assign(new Error('private window'), { name: 'InvalidStateError' }));
    await renderApp('en', { name: 'plan' });
    expect(
      await screen.findAllByText(/This browser does not let Verder save anything, perhaps because of a private window/),
    ).not.toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Notes' })).not.toBeInTheDocument();
    spy.mockRestore();
  });
});

describe('while showing Verder to someone', () => {
  it('locks the plan at once, hides it from the menu and the plan screen, and refuses plan writes', async () => {
    const { enterShowingMode, leaveShowingMode } = await import('../../../src/lib/showingMode');
    const { openSession, currentSession } = await import('../../../src/features/vault/session');
    openSession({ keyId: 'k', key: {} as CryptoKey });
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    act(() => enterShowingMode());
    try {
      expect(currentSession()).toBeNull();
      expect(
        await screen.findByText('Your own plan is hidden and locked while you show Verder to someone.'),
      ).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Notes' })).not.toBeInTheDocument();
      const menu = screen.getByRole('navigation', { name: 'Main menu' });
      expect(within(menu).queryByRole('link', { name: 'My plan' })).not.toBeInTheDocument();
      await expect(
        putPlanRows([{ id: 'x', rev: 'r', data: { kind: 'note', id: 'x', order: 1, updatedAt: 1, text: 'no' } }], null),
      ).rejects.toThrow('showing');
      expect(await database.planItems.count()).toBe(0);
    } finally {
      act(() => leaveShowingMode());
    }
    expect(await screen.findByRole('region', { name: 'Notes' })).toBeInTheDocument();
  });
});

describe('when the phone is full', () => {
  it('says so in the person’s language and keeps what was typed in the form', async () => {
    const { vi } = await import('vitest');
    await renderApp('en', { name: 'plan' });
    const notes = await screen.findByRole('region', { name: 'Notes' });
    const spy = vi
      .spyOn(database.planItems, 'bulkPut')
      .mockRejectedValue(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
    await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
    await userEvent.type(within(notes).getByLabelText('Note'), 'niet kwijtraken');
    await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
    expect(await screen.findByText(/Your phone is full, so this was not saved/)).toBeInTheDocument();
    expect(within(notes).getByLabelText('Note')).toHaveValue('niet kwijtraken');
    spy.mockRestore();
    await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
    expect(await screen.findByRole('button', { name: 'Delete: niet kwijtraken' })).toBeInTheDocument();
  });
});

describe('goals', () => {
  it('are kept per part of life, and move within it', async () => {
    const goal = (id: string, domain: string, order: number, text: string) => ({
      id,
      rev: 'r',
      data: { kind: 'goal', id, order, updatedAt: 1, domain, text },
    });
    await putPlanRows(
      [
        goal('a', 'work', 1, 'Een diploma'),
        goal('b', 'housing', 2, 'Een eigen kamer'),
        goal('c', 'work', 3, 'Een baan in de zorg'),
      ],
      null,
    );
    await renderApp('en', { name: 'plan' });
    const goals = await screen.findByRole('region', { name: 'My goals' });
    await within(goals).findByText('Een diploma');
    expect(
      within(goals)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Housing', 'Work and income']);
    // Within "Work", the second goal can move up; the only housing goal has nowhere to go.
    expect(screen.queryByRole('button', { name: 'Move up: Een eigen kamer' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Move up: Een baan in de zorg' }));
    await waitFor(() =>
      expect(
        within(goals)
          .getAllByRole('listitem')
          .map((item) => item.querySelector('.plan-item__text')?.textContent),
      ).toEqual(['Een eigen kamer', 'Een baan in de zorg', 'Een diploma']),
    );
  });
});
