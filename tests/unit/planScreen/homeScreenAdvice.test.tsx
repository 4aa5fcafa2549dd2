import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { needsHomeScreenAdvice, type DeviceSigns } from '../../../src/features/settings/homeScreenAdvice';
import { renderApp } from '../app/renderApp';

const iPhoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const androidChrome =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const macSafari =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

const signs = (change: Partial<DeviceSigns>): DeviceSigns => ({
  userAgent: iPhoneSafari,
  platform: 'iPhone',
  maxTouchPoints: 5,
  standalone: false,
  isStandaloneDisplay: false,
  ...change,
});

describe('when Verder says to put it on the Home Screen', () => {
  it('on an iPhone or an iPad in the browser, not from the Home Screen', () => {
    expect(needsHomeScreenAdvice(signs({}))).toBe(true);
    // iPadOS asks for the desktop site: a "Mac" with a touch screen.
    expect(needsHomeScreenAdvice(signs({ userAgent: macSafari, platform: 'MacIntel', maxTouchPoints: 5 }))).toBe(true);
  });

  it('never on the Home Screen, on a Mac or on Android', () => {
    expect(needsHomeScreenAdvice(signs({ standalone: true }))).toBe(false);
    expect(needsHomeScreenAdvice(signs({ isStandaloneDisplay: true }))).toBe(false);
    expect(needsHomeScreenAdvice(signs({ userAgent: macSafari, platform: 'MacIntel', maxTouchPoints: 0 }))).toBe(false);
    expect(
      needsHomeScreenAdvice(signs({ userAgent: androidChrome, platform: 'Linux armv8l', standalone: undefined })),
    ).toBe(false);
  });
});

describe('the plan on an iPhone in the browser', () => {
  const original = Object.getOwnPropertyDescriptor(window.navigator, 'userAgent');
  beforeEach(async () => {
    Object.defineProperty(window.navigator, 'userAgent', { value: iPhoneSafari, configurable: true });
    Object.defineProperty(window.navigator, 'standalone', { value: false, configurable: true });
    await database.delete();
    await database.open();
  });
  afterEach(() => {
    if (original) Object.defineProperty(window.navigator, 'userAgent', original);
    else Reflect.deleteProperty(window.navigator, 'userAgent');
    Reflect.deleteProperty(window.navigator, 'standalone');
  });

  it('says the browser may delete the plan, shows the two taps, offers a copy and names its source', async () => {
    await renderApp('en', { name: 'plan' });
    const heading = await screen.findByRole('heading', { name: 'On an iPhone or iPad: keep your plan' });
    const section = heading.closest('section');
    expect(section).toHaveTextContent('seven days of using the browser');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      expect.arrayContaining([
        'Tap the Share button: a square with an arrow going up.',
        'Scroll down and choose to add it to the Home Screen.',
      ]),
    );
    expect(screen.getByRole('link', { name: 'Or make a copy of your plan now and then' })).toBeInTheDocument();
    expect(section).toHaveTextContent('Source: The Register, 26 March 2020 (read on 2 December 2026)');
    await userEvent.click(screen.getByRole('button', { name: 'Hide this tip' }));
    expect(screen.queryByRole('heading', { name: 'On an iPhone or iPad: keep your plan' })).not.toBeInTheDocument();
  });
});
