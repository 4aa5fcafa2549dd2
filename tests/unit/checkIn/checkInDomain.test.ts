/**
 * The check-in's rules without a screen: the buddy's number as international digits, the form's
 * checks, the prepared message in every language and both links, and when the reminder is due.
 * The messages are built from the real locale files, so a broken translation fails here.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkInMessage,
  checkInRecordId,
  endCheckIn,
  extendCheckIn,
  isDue,
  messageHref,
  startCheckIn,
  toInternationalDigits,
  validateCheckIn,
  watchDue,
  type CheckInInput,
  type MessageKey,
  type Translate,
} from '../../../src/domain/checkIn';
import { isPlanItem, parseVaultItem } from '../../../src/domain/plan';

const languages = ['nl', 'en', 'ar', 'bg', 'es', 'hu', 'pl', 'pt-BR', 'ro', 'th'] as const;

function translatorFor(language: string): Translate {
  const file = JSON.parse(readFileSync(`locales/${language}/checkIn.json`, 'utf8')) as {
    message: Record<MessageKey, string>;
  };
  return (key, values = {}) =>
    file.message[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

const now = new Date(2026, 11, 2, 20, 0).getTime();
const input = (changes: Partial<CheckInInput> = {}): CheckInInput => ({
  who: 'Tall man, grey coat, 06 9876 5432',
  where: 'Hotel Centraal, room 12',
  untilDate: '2026-12-02',
  untilTime: '21:00',
  buddyName: 'Sam',
  buddyPhone: '06 1234 5678',
  codeWord: 'tulpen',
  keepAfterEnd: false,
  ...changes,
});

describe('the buddy’s number becomes international digits, or a clear refusal', () => {
  it.each([
    ['06 1234 5678', '31612345678'],
    ['06-12345678', '31612345678'],
    ['+31 6 1234 5678', '31612345678'],
    ['+31 (0)6 1234 5678', '31612345678'],
    ['+31 06 12345678', '31612345678'],
    ['0031 6 1234 5678', '31612345678'],
    ['020 123 4567', '31201234567'],
    ['+44 7700 900123', '447700900123'],
    ['0040 721 234 567', '40721234567'],
    ['+66 81 234 5678', '66812345678'],
  ])('%s → %s', (typed, digits) => {
    expect(toInternationalDigits(typed)).toEqual({ ok: true, digits });
  });

  it.each([
    '',
    'abc',
    '06 1234',
    '612345678',
    '7700 900123',
    '112',
    '0800-1234',
    '0900 1234567',
    '+31 800 1234567',
    '+31 6 1234',
    '+1',
    '06 1234 5678 9',
    '+44 7700 900123 4567',
    'call 06 1234 5678',
  ])('refuses %j', (typed) => {
    expect(toInternationalDigits(typed)).toEqual({ ok: false });
  });
});

describe('the form’s checks', () => {
  it('accepts a check-in an hour from now and keeps the number as digits', () => {
    const result = validateCheckIn(input(), now);
    expect(result).toMatchObject({ ok: true, fields: { buddyDigits: '31612345678', codeWord: 'tulpen' } });
    if (result.ok) expect(result.fields.untilAt).toBe(new Date(2026, 11, 2, 21, 0).getTime());
  });

  it('asks for the buddy’s number, and refuses one that cannot become international', () => {
    expect(validateCheckIn(input({ buddyPhone: ' ' }), now)).toEqual({ ok: false, errors: { buddyPhone: 'required' } });
    expect(validateCheckIn(input({ buddyPhone: '12345' }), now)).toEqual({
      ok: false,
      errors: { buddyPhone: 'phone' },
    });
  });

  it('refuses a time in the past, now itself, no time and no real date', () => {
    expect(validateCheckIn(input({ untilTime: '19:59' }), now)).toEqual({ ok: false, errors: { untilTime: 'past' } });
    expect(validateCheckIn(input({ untilTime: '20:00' }), now)).toEqual({ ok: false, errors: { untilTime: 'past' } });
    expect(validateCheckIn(input({ untilTime: '' }), now)).toEqual({ ok: false, errors: { untilTime: 'time' } });
    expect(validateCheckIn(input({ untilTime: '25:00' }), now)).toEqual({ ok: false, errors: { untilTime: 'time' } });
    expect(validateCheckIn(input({ untilDate: '2026-02-30' }), now)).toEqual({
      ok: false,
      errors: { untilDate: 'date' },
    });
    expect(validateCheckIn(input({ untilDate: 'tomorrow' }), now)).toMatchObject({ ok: false });
  });

  it('accepts a time after midnight when the date says tomorrow', () => {
    const late = new Date(2026, 11, 2, 23, 30).getTime();
    expect(validateCheckIn(input({ untilDate: '2026-12-03', untilTime: '00:30' }), late).ok).toBe(true);
    expect(validateCheckIn(input({ untilDate: '2026-12-02', untilTime: '00:30' }), late).ok).toBe(false);
  });

  it('limits the code word and the short fields', () => {
    expect(validateCheckIn(input({ codeWord: 'x'.repeat(61) }), now)).toEqual({
      ok: false,
      errors: { codeWord: 'tooLong' },
    });
    expect(validateCheckIn(input({ where: 'x'.repeat(201) }), now)).toEqual({
      ok: false,
      errors: { where: 'tooLong' },
    });
  });
});

describe('the record in the vault', () => {
  const started = () => {
    const result = validateCheckIn(input(), now);
    if (!result.ok) throw new Error('valid input refused');
    return startCheckIn(result.fields, now);
  };

  it('is one record of its own kind that the vault reads back, not a plan item', () => {
    const item = started();
    expect(item.id).toBe(checkInRecordId);
    const parsed = parseVaultItem(JSON.parse(JSON.stringify(item)));
    expect(parsed).toEqual(item);
    expect(parsed && isPlanItem(parsed)).toBe(false);
    expect(parseVaultItem({ ...item, buddyDigits: '+31612345678' })).toBeUndefined();
    expect(parseVaultItem({ ...item, id: 'check-in-2' })).toBeUndefined();
  });

  it('is deleted on ending unless the person chose to keep it (the default is not to keep)', () => {
    expect(started().keepAfterEnd).toBe(false);
    expect(endCheckIn(started(), now + 5).endedAt).toBe(now + 5);
  });

  it('extends by 30 minutes from the set time, or from now once it has passed', () => {
    const item = started();
    expect(extendCheckIn(item, now).untilAt).toBe(item.untilAt + 30 * 60_000);
    const late = item.untilAt + 10 * 60_000;
    expect(extendCheckIn(item, late).untilAt).toBe(late + 30 * 60_000);
  });
});

describe.each(languages)('the prepared message in %s', (language) => {
  const translate = translatorFor(language);
  const item = { who: 'Mark, 06 9876 5432', where: 'Hotel Centraal & Co, kamer #12?', codeWord: 'tulpen' };
  const text = checkInMessage(translate, item, '21:00');

  it('holds every detail and its own language’s lines, and stays short', () => {
    for (const detail of [item.who, item.where, item.codeWord, '21:00', '112']) expect(text).toContain(detail);
    expect(text).toContain(translate('noNews'));
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text.length).toBeLessThan(1000);
    expect(text).not.toContain('Verder');
  });

  it('leaves out what the person did not fill in', () => {
    const short = checkInMessage(translate, { who: '', where: '', codeWord: '' }, '21:00');
    expect(short).not.toContain(translate('codeWord', { codeWord: '' }));
    expect(short.split('\n')).toHaveLength(3);
  });

  it.each(['sms', 'whatsApp'] as const)('comes back intact from the %s link', (channel) => {
    const href = messageHref(channel, '31612345678', text);
    const [base, query] = href.split(channel === 'sms' ? '?&body=' : '?text=') as [string, string];
    expect(base).toBe(channel === 'sms' ? 'sms:+31612345678' : 'https://wa.me/31612345678');
    // Nothing that could end the body early or start another parameter.
    expect(query).not.toMatch(/[&#?\s]/);
    expect(decodeURIComponent(query)).toBe(text);
    expect(decodeURIComponent(query)).not.toContain('\uFFFD');
    expect(href.length).toBeLessThan(6000);
    if (channel === 'whatsApp') expect(new URL(href).searchParams.get('text')).toBe(text);
  });
});

it('keeps Arabic and Thai letters as they are written', () => {
  const arabic = checkInMessage(translatorFor('ar'), { who: 'رجل طويل', where: '', codeWord: 'زهور' }, '٢١:٠٠');
  expect(arabic).toMatch(/[\u0600-\u06FF]/);
  expect(decodeURIComponent(messageHref('sms', '31612345678', arabic).split('?&body=')[1] ?? '')).toBe(arabic);
  expect(arabic).toContain('«زهور»');
  const thai = checkInMessage(translatorFor('th'), { who: 'ผู้ชายตัวสูง', where: '', codeWord: 'ดอกไม้' }, '21:00');
  expect(thai).toContain('ดอกไม้');
  expect(decodeURIComponent(messageHref('whatsApp', '66812345678', thai).split('?text=')[1] ?? '')).toBe(thai);
});

describe('when the reminder is due', () => {
  afterEach(() => vi.useRealTimers());

  it('is due at the set time, not before, and never once ended', () => {
    expect(isDue({ untilAt: now, endedAt: undefined }, now - 1)).toBe(false);
    expect(isDue({ untilAt: now, endedAt: undefined }, now)).toBe(true);
    expect(isDue({ untilAt: now, endedAt: now - 5 }, now + 1)).toBe(false);
  });

  it('calls once when the time passes, with timers only', () => {
    vi.useFakeTimers({ now });
    const onDue = vi.fn();
    watchDue(now + 60 * 60_000, onDue);
    vi.advanceTimersByTime(60 * 60_000 - 1000);
    expect(onDue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onDue).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('still reminds soon after the clock jumps (a phone that slept)', () => {
    vi.useFakeTimers({ now });
    const onDue = vi.fn();
    watchDue(now + 60 * 60_000, onDue);
    vi.setSystemTime(now + 2 * 60 * 60_000);
    vi.advanceTimersByTime(15_000);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('calls at once when already due, and not at all once stopped', () => {
    vi.useFakeTimers({ now });
    const late = vi.fn();
    watchDue(now - 1, late);
    expect(late).toHaveBeenCalledTimes(1);
    const stopped = vi.fn();
    const stop = watchDue(now + 1000, stopped);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(stopped).not.toHaveBeenCalled();
  });
});
