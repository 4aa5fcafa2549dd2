import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import {
  forgetRecentDeletions,
  recentDeletionLimit,
  recentDeletions,
  rememberDeletion,
} from '../../../src/features/plan/items/recentDeletions';
import { setUpLock } from '../../../src/features/vault/lockActions';
import { lockNow } from '../../../src/features/vault/session';
import { deriveKey } from '../../../src/lib/crypto';
import { quickExit } from '../../../src/lib/quickExit';
import { enterShowingMode, leaveShowingMode } from '../../../src/lib/showingMode';
import { expectAnnounced } from '../announced';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  lockNow();
  leaveShowingMode();
  await database.delete();
  await database.open();
});
afterEach(() => leaveShowingMode());

const section = (name: string) => screen.getByRole('region', { name });
const menu = () => screen.getByRole('navigation', { name: 'Main menu' });

async function addNote(text: string) {
  const notes = section('Notes');
  await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
  await userEvent.type(within(notes).getByLabelText('Note'), text);
  await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
  await screen.findByRole('button', { name: `Delete: ${text}` });
}

async function deleteNote(text: string) {
  await userEvent.click(screen.getByRole('button', { name: `Delete: ${text}` }));
  await waitFor(() => expect(within(section('Notes')).queryByText(text)).not.toBeInTheDocument());
}

async function leavePlanAndComeBack() {
  await userEvent.click(within(menu()).getByRole('link', { name: 'Start' }));
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Notes' })).not.toBeInTheDocument());
  await userEvent.click(within(menu()).getByRole('link', { name: 'My plan' }));
  await screen.findByRole('region', { name: 'Notes' });
}

/** A plan with a lock, open (setUpLock leaves it open), on the plan screen. */
async function openLockedPlan() {
  await setUpLock([], 'blauwe fiets in de regen', 5, { derive: deriveKey, iterations: 100_000 });
  await renderApp('en', { name: 'plan' });
  await screen.findByRole('region', { name: 'Notes' });
}

describe('undo after leaving the plan screen (audit M6)', () => {
  it('keeps Undo in the deleted item’s place after another screen, says so once, and puts the item back', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await addNote('eerste');
    await addNote('tweede');
    await addNote('derde');
    await deleteNote('tweede');
    await leavePlanAndComeBack();

    const undo = within(section('Notes')).getByRole('button', { name: 'Undo' });
    const slot = undo.closest('li') as HTMLElement;
    expect(slot).toHaveTextContent('Deleted from your plan. To get it back, press Undo.');
    expect(slot).not.toHaveTextContent('tweede');
    expect(slot.previousElementSibling).toHaveTextContent('eerste');
    expect(slot.nextElementSibling).toHaveTextContent('derde');
    await expectAnnounced('You can still undo what you deleted. The Undo button is where it was.');

    await userEvent.click(undo);
    expect(await screen.findByRole('button', { name: 'Delete: tweede' })).toBeInTheDocument();
    await expectAnnounced('It is back in your plan.');
    expect(await database.planItems.count()).toBe(3);
    expect(recentDeletions()).toHaveLength(0);
  });

  it('keeps each of several deletions in its own place, and an eleventh pushes out the oldest', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await addNote('een');
    await addNote('twee');
    await addNote('drie');
    await deleteNote('een');
    await deleteNote('drie');
    await leavePlanAndComeBack();
    const slots = within(section('Notes')).getAllByRole('button', { name: 'Undo' });
    expect(slots).toHaveLength(2);
    expect(slots[0]?.closest('li')?.nextElementSibling).toHaveTextContent('twee');
    expect(slots[1]?.closest('li')?.previousElementSibling).toHaveTextContent('twee');

    forgetRecentDeletions();
    for (let index = 0; index <= recentDeletionLimit; index += 1) {
      rememberDeletion({ id: `n${index}`, kind: 'note', before: null, after: null, row: undefined, keyId: null });
    }
    expect(recentDeletions().map((deletion) => deletion.id)).toEqual(
      Array.from({ length: recentDeletionLimit }, (_, index) => `n${index + 1}`),
    );
  });

  it('a deleted item is not recoverable after the lock', async () => {
    await openLockedPlan();
    await addNote('geheime notitie');
    await deleteNote('geheime notitie');
    expect(recentDeletions()).toHaveLength(1);
    // What is kept in memory is the row as it was stored: sealed, never the words in plain text.
    expect(JSON.stringify(recentDeletions())).not.toContain('geheime');

    act(() => lockNow({ everywhere: true, keepDrafts: true }));
    expect(recentDeletions()).toHaveLength(0);
    expect(await screen.findByRole('heading', { name: 'Your plan is locked' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Password'), 'blauwe fiets in de regen');
    await userEvent.click(screen.getByRole('button', { name: 'Open my plan' }));
    expect(await screen.findByRole('region', { name: 'Notes' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(within(section('Notes')).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(await database.planItems.count()).toBe(0);
  }, 30_000);

  it('a deleted item is not recoverable after quick exit', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await addNote('weg ermee');
    await deleteNote('weg ermee');
    expect(recentDeletions()).toHaveLength(1);
    act(() => quickExit('https://example.invalid/', document, { replace: () => undefined }));
    expect(recentDeletions()).toHaveLength(0);
  });

  it('a deleted item is not recoverable once showing someone starts', async () => {
    await renderApp('en', { name: 'plan' });
    await screen.findByRole('region', { name: 'Notes' });
    await addNote('niet laten zien');
    await deleteNote('niet laten zien');
    expect(recentDeletions()).toHaveLength(1);
    act(() => enterShowingMode());
    expect(recentDeletions()).toHaveLength(0);
    act(() => leaveShowingMode());
    await screen.findByRole('region', { name: 'Notes' });
    expect(within(section('Notes')).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});
