import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { lockNow } from '../../../src/features/vault/session';
import { renderApp } from '../app/renderApp';
import { expectAnnounced } from '../announced';

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
});

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function localDay(offset: number): { iso: string; weekday: string } {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return { iso, weekday: weekdays[date.getDay()] ?? '' };
}

describe('finding your way in My plan', () => {
  it('an appointment says what it is, its weekday and how many days away it is', async () => {
    const { iso, weekday } = localDay(5);
    await renderApp('en', { name: 'plan' });
    const appointments = await screen.findByRole('region', { name: 'Appointments' });
    await userEvent.click(within(appointments).getByRole('button', { name: 'Add an appointment' }));
    // The form starts at its first field, so typing can start at once.
    expect(within(appointments).getByLabelText('What (optional)')).toHaveFocus();
    await userEvent.type(within(appointments).getByLabelText('What (optional)'), 'Gemeente, loket bijstand');
    await userEvent.type(within(appointments).getByLabelText('Date'), iso);
    await userEvent.type(within(appointments).getByLabelText('Time (optional)'), '10:00');
    await userEvent.click(within(appointments).getByRole('button', { name: 'Add an appointment' }));
    const title = await within(appointments).findByText('Gemeente, loket bijstand');
    const item = title.closest('li') as HTMLElement;
    expect(item.textContent).toContain(weekday);
    expect(item.textContent).toContain('10:00 · in 5 days');
  });

  it('a saved item is marked "Saved", announced politely and given focus', async () => {
    await renderApp('en', { name: 'plan' });
    const notes = await screen.findByRole('region', { name: 'Notes' });
    await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
    await userEvent.type(within(notes).getByLabelText('Note'), 'Bring the rent contract');
    await userEvent.click(within(notes).getByRole('button', { name: 'Add a note' }));
    await screen.findByRole('button', { name: 'Delete: Bring the rent contract' });
    await expectAnnounced('Saved');
    const item = within(notes).getByText('Bring the rent contract').closest('li') as HTMLElement;
    expect(item).toHaveClass('plan-item--saved');
    // Focus moves once the closed form has left the page (an effect after the save).
    await waitFor(() => expect(item).toHaveFocus());
  });

  it('the index at the top moves to a section and names the Money screen', async () => {
    await renderApp('en', { name: 'plan' });
    const index = await screen.findByRole('navigation', { name: 'On this page' });
    await userEvent.click(within(index).getByRole('button', { name: 'My contacts' }));
    expect(screen.getByRole('heading', { level: 2, name: 'My contacts' })).toHaveFocus();
    await userEvent.click(within(index).getByRole('link', { name: 'Money' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Money' })).toBeInTheDocument();
  });
});
