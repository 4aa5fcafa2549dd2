import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { newIncident } from '../../../src/domain/incident';
import { localIsoDate } from '../../../src/domain/plan';
import { setUpLock } from '../../../src/features/vault/lockActions';
import { lockNow } from '../../../src/features/vault/session';
import { deriveKey } from '../../../src/lib/crypto';
import { enterShowingMode, leaveShowingMode } from '../../../src/lib/showingMode';
import { renderApp } from '../app/renderApp';

const canary = 'canary-kanarie-7731';
const incidentRows = () => database.planItems.filter((row) => row.id.startsWith('incident-')).toArray();
const storedRecord = {
  date: '2026-11-28',
  time: '23:40',
  place: 'Parking behind the club',
  what: `He would not pay. ${canary}`,
  person: 'Blue van',
  injuries: '',
  witnesses: '',
  toldWho: '',
};
const putPlainRecord = () => {
  const item = newIncident(storedRecord, Date.UTC(2026, 10, 28, 23, 50), '11111111-2222-4333-8444-555555555555');
  return database.planItems.put({ id: item.id, rev: 'r1', data: item }).then(() => item);
};

beforeEach(async () => {
  lockNow();
  leaveShowingMode();
  await database.delete();
  await database.open();
});
afterEach(() => leaveShowingMode());

async function openLogFromPlan() {
  await renderApp('en', { name: 'plan' });
  await userEvent.click(await screen.findByRole('link', { name: 'What happened: write it down' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'What happened' })).toBeInTheDocument();
}

describe('writing down what happened', () => {
  it('is reached from My plan, starts at this moment, and says Verder never sends it', async () => {
    await openLogFromPlan();
    expect(screen.getByText(/never sends them anywhere/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Write down what happened' }));
    expect(screen.getByLabelText('Date')).toHaveValue(localIsoDate(new Date()));
    expect((screen.getByLabelText('Time') as HTMLInputElement).value).toMatch(/^\d{2}:\d{2}$/);
    await userEvent.clear(screen.getByLabelText('Date'));
    await userEvent.type(screen.getByLabelText('Date'), '2026-11-30');
    await userEvent.type(screen.getByLabelText('Where it happened'), 'Hotel room');
    await userEvent.type(screen.getByLabelText('What happened'), `He took my phone. ${canary}`);
    await userEvent.type(screen.getByLabelText('Who you told'), 'My sister');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved on this phone.', {}, { timeout: 5000 })).toBeInTheDocument();
    const [row] = await incidentRows();
    expect(row?.data).toMatchObject({
      kind: 'incident',
      first: { date: '2026-11-30', place: 'Hotel room', toldWho: 'My sister' },
      editedAt: [],
    });
    // Focus goes back to the button that starts a new record.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Write down what happened' })).toHaveFocus());
    // The list shows only the date until the person opens the record (it follows the stored rows).
    const open = await screen.findByRole('button', { name: /^Open the record of/ }, { timeout: 5000 });
    expect(screen.queryByText(new RegExp(canary))).not.toBeInTheDocument();
    await userEvent.click(open);
    expect(screen.getByText(`He took my phone. ${canary}`)).toBeInTheDocument();
    expect(screen.getByText(/^Written down on/)).toBeInTheDocument();
  });

  it('says what is missing and stores nothing when "what happened" is empty or the date is wrong', async () => {
    await renderApp('en', { name: 'incidents' });
    await userEvent.click(await screen.findByRole('button', { name: 'Write down what happened' }));
    await userEvent.clear(screen.getByLabelText('Date'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Write what happened. Everything else may stay empty.')).toBeInTheDocument();
    expect(
      screen.getByText('This is not a date. Choose a date in the calendar, or write year-month-day.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Date')).toHaveFocus());
    expect(await incidentRows()).toHaveLength(0);
  });

  it('keeps the first version as written when the record is changed, and shows when it was changed', async () => {
    const item = await putPlainRecord();
    await renderApp('en', { name: 'incidents' });
    await userEvent.click(await screen.findByRole('button', { name: /^Open the record of/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Change the record of/ }));
    expect(screen.getByText(/The first version stays as you wrote it/)).toBeInTheDocument();
    const what = screen.getByLabelText('What happened');
    await userEvent.clear(what);
    await userEvent.type(what, 'He would not pay and threatened to tell my family.');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changed later, on:', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('He would not pay and threatened to tell my family.')).toBeInTheDocument();
    const first = screen.getByText(/^First version, as written on/).closest('details');
    if (!first) throw new Error('no first version');
    expect(within(first).getByText(`He would not pay. ${canary}`)).toBeInTheDocument();
    const [row] = await incidentRows();
    expect(row?.data).toMatchObject({
      first: item.first,
      writtenAt: item.writtenAt,
      latest: { place: storedRecord.place },
    });
    expect((row?.data as { editedAt: number[] }).editedAt).toHaveLength(1);
  });

  it('asks before deleting, then deletes only that record and says so', async () => {
    await putPlainRecord();
    await renderApp('en', { name: 'incidents' });
    await userEvent.click(await screen.findByRole('button', { name: /^Open the record of/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Delete the record of/ }));
    expect(await incidentRows()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('The record is deleted.')).toBeInTheDocument();
    expect(await incidentRows()).toHaveLength(0);
    expect(await screen.findByText('No records yet.')).toBeInTheDocument();
  });
});

describe('the log when the phone is in someone else’s hands', () => {
  it('seals a new record with the lock, and shows nothing of it (not even how many) once locked', async () => {
    await setUpLock([], 'correct horse battery', 1, { derive: deriveKey, iterations: 100_000 });
    await renderApp('en', { name: 'incidents' });
    expect(await screen.findByText('These records are locked with your password, like your plan.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Write down what happened' }));
    await userEvent.type(screen.getByLabelText('What happened'), canary);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved on this phone.', {}, { timeout: 5000 })).toBeInTheDocument();
    const [row] = await incidentRows();
    expect(row?.sealed).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(canary);

    act(() => lockNow());
    expect(await screen.findByLabelText(/password/i)).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(canary))).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /record of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your records' })).not.toBeInTheDocument();
  });

  it('neither shows nor stores a record while someone is being shown Verder', async () => {
    await putPlainRecord();
    await renderApp('en', { name: 'incidents' });
    await userEvent.click(await screen.findByRole('button', { name: 'Write down what happened' }));
    await userEvent.type(screen.getByLabelText('What happened'), 'half written');
    act(() => enterShowingMode());
    expect(
      await screen.findByText('Your records are hidden while you show Verder to someone. Nothing is saved now.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('What happened')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /record of/ })).not.toBeInTheDocument();
    const rows = await incidentRows();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('half written');
  });
});
