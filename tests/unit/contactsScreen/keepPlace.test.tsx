import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { setUpLock } from '../../../src/features/vault/lockActions';
import { lockNow } from '../../../src/features/vault/session';
import { deriveKey } from '../../../src/lib/crypto';
import { enterShowingMode, leaveShowingMode } from '../../../src/lib/showingMode';
import { renderApp } from '../app/renderApp';

const keptRow = () => database.planItems.get('saved-place');

beforeEach(async () => {
  lockNow();
  leaveShowingMode();
  await database.delete();
  await database.open();
});
afterEach(() => leaveShowingMode());

async function searchFor(place: string) {
  const input = await screen.findByLabelText('Type your town or city');
  await userEvent.clear(input);
  await userEvent.type(input, `${place}{Enter}`);
}

describe('keeping the chosen place in the plan', () => {
  it('stores nothing about the place until the person asks', async () => {
    await renderApp('en', { name: 'contacts' });
    await searchFor('Zwolle');
    expect(await screen.findByRole('button', { name: 'Keep Zwolle in my plan' })).toBeInTheDocument();
    expect(await database.planItems.count()).toBe(0);
  });

  it('keeps the place as a plain row without a lock, says who could see it, and offers it again later', async () => {
    await renderApp('en', { name: 'contacts' });
    await searchFor('Zwolle');
    expect(screen.getByText(/Anyone who opens Verder on this phone could then see this place/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep Zwolle in my plan' }));
    expect(await screen.findByText('Kept in your plan.')).toBeInTheDocument();
    expect((await keptRow())?.data).toMatchObject({ kind: 'savedPlace', municipalityId: 'zwolle' });
    expect(await screen.findByText('Zwolle is kept in your plan.')).toBeInTheDocument();

    cleanup();
    await renderApp('en', { name: 'contacts' });
    // Never applied by itself: the field is empty until the person taps "use".
    expect(await screen.findByLabelText('Type your town or city')).toHaveValue('');
    expect(screen.queryByRole('heading', { name: 'Near Zwolle' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Use the place kept in my plan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Near Zwolle' })).toBeInTheDocument();
    expect(screen.getByLabelText('Type your town or city')).toHaveValue('Zwolle');
  });

  it('seals the place with the lock, and shows nothing about it while the plan is locked', async () => {
    await setUpLock([], 'correct horse battery', 1, { derive: deriveKey, iterations: 100_000 });
    await renderApp('en', { name: 'contacts' });
    await searchFor('Nijmegen');
    expect(screen.getByText('It is kept locked together with your plan.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep Nijmegen in my plan' }));
    await waitFor(async () => expect((await keptRow())?.sealed).toBeDefined());
    const row = await keptRow();
    expect(row?.data).toBeUndefined();
    expect(JSON.stringify(row).toLowerCase()).not.toContain('nijmegen');

    act(() => lockNow());
    cleanup();
    await renderApp('en', { name: 'contacts' });
    await screen.findByLabelText('Type your town or city');
    expect(screen.queryByRole('button', { name: /kept in my plan/ })).not.toBeInTheDocument();
    await searchFor('Nijmegen');
    expect(screen.queryByRole('button', { name: /in my plan/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/is kept in your plan/)).not.toBeInTheDocument();
  });

  it('neither reads nor writes the place while someone is being shown Verder', async () => {
    await database.planItems.put({
      id: 'saved-place',
      rev: 'r1',
      data: { kind: 'savedPlace', id: 'saved-place', order: 0, updatedAt: 1, municipalityId: 'zwolle' },
    });
    enterShowingMode();
    await renderApp('en', { name: 'contacts' });
    await searchFor('Utrecht');
    expect(screen.queryByRole('button', { name: /in my plan/ })).not.toBeInTheDocument();
    expect((await keptRow())?.data).toMatchObject({ municipalityId: 'zwolle' });
  });

  it('shows the kept place in the open plan, where it can be removed', async () => {
    await database.planItems.put({
      id: 'saved-place',
      rev: 'r1',
      data: { kind: 'savedPlace', id: 'saved-place', order: 0, updatedAt: 1, municipalityId: 'den-haag' },
    });
    await renderApp('en', { name: 'plan' });
    const section = (await screen.findByRole('heading', { name: 'Place for Find help' })).closest('section');
    if (!section) throw new Error('no kept-place section');
    expect(within(section).getByText(/^Den Haag\./)).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Remove from my plan' }));
    expect(await screen.findByText('Removed from your plan.')).toBeInTheDocument();
    await waitFor(async () => expect(await keptRow()).toBeUndefined());
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Place for Find help' })).not.toBeInTheDocument());
  });

  it('ignores a stored place that is not a municipality Verder knows', async () => {
    await database.planItems.put({
      id: 'saved-place',
      rev: 'r1',
      data: { kind: 'savedPlace', id: 'saved-place', order: 0, updatedAt: 1, municipalityId: 'atlantis' },
    });
    await renderApp('en', { name: 'contacts' });
    await screen.findByLabelText('Type your town or city');
    expect(screen.queryByRole('button', { name: 'Use the place kept in my plan' })).not.toBeInTheDocument();
  });
});
