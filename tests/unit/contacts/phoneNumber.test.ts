import { describe, expect, it } from 'vitest';
import {
  formatDutch,
  isServiceNumber,
  isWellFormed,
  normalisePhone,
  toTelHref,
  toWhatsAppUrl,
} from '../../../src/domain/phoneNumber';

describe('normalising a phone number as people write it', () => {
  it.each([
    ['112', '112'],
    ['113', '113'],
    ['0800-0113', '08000113'],
    ['0800-8115', '08008115'],
    ['0800 5151', '08005151'],
    ['0900-8020', '09008020'],
    ['0900-0101', '09000101'],
    ['0800-020 10 51', '08000201051'],
    ['033 448 11 86', '+31334481186'],
    ['088 0767 000', '+31880767000'],
    ['088 746 44 66', '+31887464466'],
    ['+31 70 333 44 44', '+31703334444'],
    ['0031 70 333 44 44', '+31703334444'],
    ['0592 - 30 63 00', '+31592306300'],
    ['010-236 52 12', '+31102365212'],
    ['06-41 74 32 32', '+31641743232'],
    // A service number in international form is stored in the national form that can be dialled.
    ['+31 800 8115', '08008115'],
  ])('turns "%s" into %s', (input, stored) => {
    expect(normalisePhone(input)).toBe(stored);
  });

  it.each([
    ['an empty string', ''],
    ['a number that is too short', '033 448 11'],
    ['a number that is too long', '033 448 11 866'],
    ['a foreign number', '+40 21 123 4567'],
    ['a foreign number written with 00', '0040 21 123 4567'],
  ])('refuses %s', (_description, input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe('a stored number', () => {
  it('is well formed in exactly one form per kind of number', () => {
    expect(isWellFormed('112')).toBe(true);
    expect(isWellFormed('08008115')).toBe(true);
    expect(isWellFormed('+31334481186')).toBe(true);
    // The same numbers in a form that is not the stored one.
    expect(isWellFormed('0334481186')).toBe(false);
    expect(isWellFormed('+318008115')).toBe(false);
    expect(isWellFormed('0800-8115')).toBe(false);
    expect(isWellFormed('033 448 11 86')).toBe(false);
  });

  it('knows which numbers may not work with a foreign SIM card', () => {
    expect(isServiceNumber('08000113')).toBe(true);
    expect(isServiceNumber('09008020')).toBe(true);
    expect(isServiceNumber('+31334481186')).toBe(false);
    expect(isServiceNumber('113')).toBe(false);
  });

  it('dials exactly the stored form', () => {
    expect(toTelHref('+31334481186')).toBe('tel:+31334481186');
    expect(toTelHref('08008115')).toBe('tel:08008115');
  });

  it('gets a WhatsApp link only when WhatsApp can reach it', () => {
    expect(toWhatsAppUrl('+31612345678')).toBe('https://wa.me/31612345678');
    expect(toWhatsAppUrl('08008115')).toBeNull();
    expect(toWhatsAppUrl('112')).toBeNull();
  });
});

describe('showing a stored number the Dutch way', () => {
  it.each([
    ['+31334481186', '033 448 11 86'],
    ['08008115', '0800-8115'],
    ['09000101', '0900-0101'],
    ['08000201051', '0800-020 10 51'],
    ['+31880767000', '088 0767 000'],
    ['+31612345678', '06 1234 5678'],
    ['+31592306300', '0592 30 63 00'],
    ['+31206226897', '020 622 68 97'],
    ['112', '112'],
  ])('writes %s as "%s"', (stored, shown) => {
    expect(formatDutch(stored)).toBe(shown);
  });

  it('leaves a number that is not well formed as it is, so the mistake stays visible', () => {
    expect(formatDutch('0334481186')).toBe('0334481186');
  });
});
