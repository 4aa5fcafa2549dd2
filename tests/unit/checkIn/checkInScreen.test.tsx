/**
 * The check-in screen as a person uses it: reached from My plan, translated errors that change
 * nothing, a buddy picked from My contacts, the prepared links, the reminder when the time passes
 * (on this screen and on any other one), and nothing shown while showing Verder to someone.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/data/database';
import { checkInRecordId, startCheckIn, type CheckInItem } from '../../../src/domain/checkIn';
import { lockNow } from '../../../src/features/vault/session';
import { enterShowingMode, leaveShowingMode } from '../../../src/lib/showingMode';
import { renderApp } from '../app/renderApp';
import { announced } from '../announced';

const checkInRows = () => database.planItems.filter((row) => row.id === checkInRecordId).toArray();

function storedCheckIn(untilAt: number, changes: Partial<CheckInItem> = {}): CheckInItem {
  return {
    ...startCheckIn(
      {
        who: 'Tall man in a grey coat',
        where: 'Hotel Centraal',
        untilAt,
        buddyName: 'Sam',
        buddyDigits: '31612345678',
        codeWord: 'tulpen',
        keepAfterEnd: false,
      },
      Date.now(),
    ),
    ...changes,
  };
}
const putPlain = (item: CheckInItem) => database.planItems.put({ id: item.id, rev: 'r1', data: item });

beforeEach(async () => {
  lockNow();
  leaveShowingMode();
  await database.delete();
  await database.open();
});
afterEach(() => {
  leaveShowingMode();
  vi.useRealTimers();
});

async function openFromPlan(language: 'en' | 'nl' = 'en') {
  await renderApp(language, { name: 'plan' });
  const link =
    language === 'en' ? 'Before a booking: check in with a buddy' : 'Voor een afspraak: check in bij een buddy';
  await userEvent.click(await screen.findByRole('link', { name: link }));
  await screen.findByRole('heading', { level: 1 });
}

describe('starting a check-in', () => {
  it('says honestly that Verder alerts nobody, and refuses a check-in without the buddy’s number', async () => {
    await openFromPlan();
    expect(screen.getByRole('heading', { level: 1, name: 'Check-in with a buddy' })).toBeInTheDocument();
    expect(screen.getByText(/Verder cannot alert anyone: it has no server/)).toBeInTheDocument();
    expect(await screen.findByLabelText('Until: time')).toHaveValue(
      (() => {
        const inAnHour = new Date(Date.now() + 60 * 60_000);
        return `${String(inAnHour.getHours()).padStart(2, '0')}:${String(inAnHour.getMinutes()).padStart(2, '0')}`;
      })(),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Start the check-in' }));
    expect(await screen.findByText('Fill in the phone number of your buddy.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Phone number of your buddy')).toHaveFocus());
    await userEvent.type(screen.getByLabelText('Phone number of your buddy'), 'call me');
    await userEvent.click(screen.getByRole('button', { name: 'Start the check-in' }));
    expect(await screen.findByText(/SMS or WhatsApp cannot use this number/)).toBeInTheDocument();
    expect(await checkInRows()).toEqual([]);
  });

  it('refuses a time in the past or no time, in Dutch, and stores nothing', async () => {
    await openFromPlan('nl');
    await userEvent.type(await screen.findByLabelText('Telefoonnummer van je buddy'), '06 1234 5678');
    const yesterday = new Date(Date.now() - 24 * 60 * 60_000);
    const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    fireEvent.change(screen.getByLabelText('Tot: datum'), { target: { value: day } });
    await userEvent.click(screen.getByRole('button', { name: 'Begin de check-in' }));
    expect(await screen.findByText('Deze tijd is al voorbij. Kies een latere tijd.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Tot: tijd'), { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Begin de check-in' }));
    expect(await screen.findByText('Dit is geen tijd. Schrijf het als 21:30.')).toBeInTheDocument();
    expect(await checkInRows()).toEqual([]);
  });

  it('fills in the buddy from My contacts and builds both links with the details', async () => {
    await database.planItems.put({
      id: 'c1',
      rev: 'r1',
      data: {
        kind: 'contact',
        id: 'c1',
        order: 1,
        updatedAt: 1,
        name: 'Sam',
        role: 'friend',
        phone: '06 1234 5678',
        note: '',
      },
    });
    await database.planItems.put({
      id: 'c2',
      rev: 'r1',
      data: { kind: 'contact', id: 'c2', order: 2, updatedAt: 1, name: 'No number', role: '', phone: '', note: '' },
    });
    await openFromPlan();
    const choice = await screen.findByLabelText('Your buddy from My contacts');
    expect(screen.queryByRole('option', { name: 'No number' })).not.toBeInTheDocument();
    await userEvent.selectOptions(choice, screen.getByRole('option', { name: 'Sam (friend)' }));
    expect(screen.getByLabelText('Phone number of your buddy')).toHaveValue('06 1234 5678');
    expect(screen.getByLabelText('Name of your buddy')).toHaveValue('Sam');
    await userEvent.type(screen.getByLabelText('Who you are meeting'), 'Mark & friend');
    await userEvent.type(screen.getByLabelText('Code word that means “call for help”'), 'tulpen');
    await userEvent.click(screen.getByRole('button', { name: 'Start the check-in' }));

    const sms = await screen.findByRole('link', { name: 'Send by SMS' });
    const smsHref = sms.getAttribute('href') ?? '';
    expect(smsHref.startsWith('sms:+31612345678?&body=')).toBe(true);
    const body = decodeURIComponent(smsHref.split('?&body=')[1] ?? '');
    expect(body).toContain('I am meeting: Mark & friend');
    expect(body).toContain('If I send you “tulpen”, I need help: call 112.');
    const whatsApp = screen.getByRole('link', { name: 'Send by WhatsApp (opens in a new tab)' });
    expect(whatsApp.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/31612345678\?text=/);
    expect(screen.getByText(/stays in your SMS or WhatsApp history/)).toBeInTheDocument();
    const [row] = await checkInRows();
    expect(row?.data).toMatchObject({ kind: 'checkIn', buddyDigits: '31612345678', who: 'Mark & friend' });
  });
});

describe('the reminder', () => {
  it('appears when the time passes, and ending deletes the check-in', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await putPlain(storedCheckIn(Date.now() + 60 * 60_000));
    await renderApp('en', { name: 'checkIn' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Your check-in' })).toBeInTheDocument();
    expect(screen.queryByText(/The time of your check-in has passed/)).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(59 * 60_000));
    expect(screen.queryByText(/The time of your check-in has passed/)).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    const reminder = await screen.findByText(/The time of your check-in has passed/);
    // A visible box, not live itself: its words go to the announcer, which says them a moment later.
    expect(reminder.closest('.notice')).not.toBeNull();
    act(() => vi.advanceTimersByTime(100));
    expect(announced()).toContain('The time of your check-in has passed');
    const ok = screen.getByRole('link', { name: 'Send “I am OK” by SMS' });
    expect(decodeURIComponent(ok.getAttribute('href')?.split('?&body=')[1] ?? '')).toBe(
      'I am OK. The check-in is over.',
    );
    await userEvent.click(screen.getByRole('button', { name: "I'm OK: end the check-in" }));
    expect(await screen.findByText(/has ended and is deleted from this phone/)).toBeInTheDocument();
    await waitFor(async () => expect(await checkInRows()).toEqual([]));
  });

  it('shows on another screen while Verder is open, and extending moves it 30 minutes on', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const untilAt = Date.now() + 5 * 60_000;
    await putPlain(storedCheckIn(untilAt));
    await renderApp('en', { name: 'home' });
    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(await screen.findByText(/The time of your check-in has passed/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Extend by 30 minutes' }));
    await waitFor(async () => {
      const [row] = await checkInRows();
      expect((row?.data as CheckInItem).untilAt).toBeGreaterThanOrEqual(untilAt + 30 * 60_000);
    });
    await waitFor(() => expect(screen.queryByText(/The time of your check-in has passed/)).not.toBeInTheDocument());
  });

  it('shows nothing of the check-in while showing Verder to someone', async () => {
    await putPlain(storedCheckIn(Date.now() - 60_000));
    await renderApp('en', { name: 'home' });
    expect(await screen.findByText(/The time of your check-in has passed/)).toBeInTheDocument();
    act(() => enterShowingMode());
    await waitFor(() => expect(screen.queryByText(/The time of your check-in has passed/)).not.toBeInTheDocument());
    expect(screen.queryByText(/Hotel Centraal/)).not.toBeInTheDocument();
  });

  it('shows on the check-in screen only that it is hidden while showing Verder to someone', async () => {
    await putPlain(storedCheckIn(Date.now() + 60 * 60_000));
    await renderApp('en', { name: 'checkIn' });
    expect(await screen.findByText(/I am meeting: Tall man in a grey coat/)).toBeInTheDocument();
    act(() => enterShowingMode());
    expect(
      await screen.findByText('Your check-in is hidden while you show Verder to someone. Nothing is saved now.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Tall man in a grey coat/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Send by SMS' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the check-in' })).not.toBeInTheDocument();
  });
});

describe('after the check-in ends', () => {
  it('keeps it only when the person chose so, and then offers to delete it', async () => {
    await putPlain(storedCheckIn(Date.now() + 60 * 60_000, { keepAfterEnd: true }));
    await renderApp('en', { name: 'checkIn' });
    await userEvent.click(await screen.findByRole('button', { name: "I'm OK: end the check-in" }));
    expect(
      await screen.findByText('The check-in has ended. It is kept on this phone, as you chose.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Ended check-in' })).toBeInTheDocument();
    const [kept] = await checkInRows();
    expect((kept?.data as CheckInItem).endedAt).toEqual(expect.any(Number));
    // An ended check-in is no longer due: no reminder, and a new one can be started.
    expect(screen.queryByText(/The time of your check-in has passed/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the check-in' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete it now' }));
    expect(await screen.findByText(/has ended and is deleted from this phone/)).toBeInTheDocument();
    await waitFor(async () => expect(await checkInRows()).toEqual([]));
  });
});
