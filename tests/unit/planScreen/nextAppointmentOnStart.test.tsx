import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { localIsoDate } from '../../../src/domain/plan';
import { setUpLock } from '../../../src/features/vault/lockActions';
import { lockNow } from '../../../src/features/vault/session';
import { deriveKey } from '../../../src/lib/crypto';
import { enterShowingMode, leaveShowingMode } from '../../../src/lib/showingMode';
import { renderApp } from '../app/renderApp';

function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}

function appointment(id: string, what: string, date: string) {
  const data = {
    kind: 'appointment',
    id,
    order: 1,
    updatedAt: 1,
    what,
    date,
    time: '10:00',
    place: '',
    withWhom: '',
    note: '',
  };
  return { id, rev: `r-${id}`, data };
}

beforeEach(async () => {
  lockNow();
  leaveShowingMode();
  await database.delete();
  await database.open();
  await database.planItems.bulkPut([
    appointment('soon', 'Gemeente, loket bijstand', inDays(3)),
    appointment('later', 'Huisarts', inDays(20)),
    appointment('past', 'Afgelopen gesprek', inDays(-2)),
  ]);
});
afterEach(() => leaveShowingMode());

async function turnOnInPlan() {
  const appointments = await screen.findByRole('region', { name: 'Appointments' });
  const box = await within(appointments).findByRole('checkbox', {
    name: 'Show my next appointment on the start screen',
  });
  expect(box).not.toBeChecked();
  await userEvent.click(box);
  await waitFor(() => expect(box).toBeChecked());
}

describe('the next appointment on the start screen', () => {
  it('is off by default: the start screen shows no appointment', async () => {
    await renderApp('en', { name: 'home' });
    await screen.findByRole('heading', { name: 'Need help now?' });
    expect(screen.queryByRole('heading', { name: 'Your next appointment' })).toBeNull();
    expect(screen.queryByText(/Gemeente, loket bijstand/)).toBeNull();
  });

  it('once chosen in the plan, shows the next upcoming one (not a past or later one), and says who could see it', async () => {
    await renderApp('en', { name: 'plan' });
    await turnOnInPlan();
    expect(
      screen.getByText(/Your plan has no lock. Anyone who opens Verder on this phone would see it there./),
    ).toBeInTheDocument();

    cleanup();
    await renderApp('en', { name: 'home' });
    const card = await screen.findByRole('region', { name: 'Your next appointment' });
    expect(card).toHaveTextContent('Gemeente, loket bijstand');
    expect(card).toHaveTextContent('10:00');
    expect(card).toHaveTextContent('in 3 days');
    expect(card).not.toHaveTextContent('Huisarts');
    expect(card).not.toHaveTextContent('Afgelopen');
  });

  it('can be turned off again, and then the start screen shows nothing of it', async () => {
    await renderApp('en', { name: 'plan' });
    await turnOnInPlan();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show my next appointment on the start screen' }));
    await waitFor(async () => expect(await database.planItems.get('start-screen')).toBeUndefined());
    cleanup();
    await renderApp('en', { name: 'home' });
    await screen.findByRole('heading', { name: 'Need help now?' });
    expect(screen.queryByRole('heading', { name: 'Your next appointment' })).toBeNull();
  });

  it('shows nothing while the plan is locked (threat: someone opens Verder on a locked phone)', async () => {
    await setUpLock(await database.planItems.toArray(), 'correct horse battery', 1, {
      derive: deriveKey,
      iterations: 100_000,
    });
    await renderApp('en', { name: 'plan' });
    await turnOnInPlan();
    expect(screen.getByText(/It shows only while your plan is open/)).toBeInTheDocument();
    const row = await database.planItems.get('start-screen');
    expect(row?.data).toBeUndefined();
    expect(row?.sealed).toBeDefined();

    act(() => lockNow());
    cleanup();
    await renderApp('en', { name: 'home' });
    await screen.findByRole('heading', { name: 'Need help now?' });
    // Give the plan's code time to load and decide: it must still draw nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('heading', { name: 'Your next appointment' })).toBeNull();
    expect(document.body.textContent).not.toContain('Gemeente');
  });

  it('shows nothing while someone is being shown Verder', async () => {
    await database.planItems.put({
      id: 'start-screen',
      rev: 's',
      data: { kind: 'startScreen', id: 'start-screen', order: 0, updatedAt: 1, showNextAppointment: true },
    });
    enterShowingMode();
    await renderApp('en', { name: 'home' });
    await screen.findByRole('heading', { name: 'Need help now?' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('heading', { name: 'Your next appointment' })).toBeNull();
    expect(document.body.textContent).not.toContain('Gemeente');
  });
});
