/**
 * Audit of 2026-12-02, m8 (what was left): every `<section aria-labelledby>` was a region landmark,
 * about 15 on Find help, so a landmark list said little. Per screen, only the main blocks of the
 * screen stay named regions (at most `maxRegions`); the other parts are plain sections or divs under
 * their heading, which heading navigation still reaches.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { putPlanRows } from '../../../src/data';
import { database } from '../../../src/data/database';
import { forgetAnswers } from '../../../src/features/check/answerMemory';
import { lockNow } from '../../../src/features/vault/session';
import type { Route } from '../../../src/routing';
import { renderApp } from '../app/renderApp';
import { samplePlan } from '../plan/fixtures';

/**
 * Three: a screen's main blocks, such as on Find help the emergency numbers, the search and the
 * place's results. More than that and the landmark list becomes a second table of contents, which
 * the headings already are. Reading text (About, Safety, a guide's parts, a topic's lists) and the
 * settings (a heading, a sentence and one control each) are plain sections under their h2.
 */
const maxRegions = 3;

/**
 * The plan's own screens are tools, not text: each part is a block of its own forms that a person
 * goes back to and works in (add, change, move), often long, so "next region" and "end of region"
 * help there. Each part is a region, and nothing else is: the list is checked exactly.
 */
const toolScreens: Partial<Record<Route['name'], string[]>> = {
  plan: ['My goals', 'Steps', 'Appointments', 'My contacts', 'What I am good at', 'My safety net', 'Notes'],
  planSafety: ['Lock my plan', 'Make a copy', 'Open a copy', 'Extra safety', 'Delete everything'],
  money: [
    'Now',
    'After stopping or with less work',
    'Savings',
    'The two pictures side by side',
    'Debts',
    'Help with money',
  ],
};

const screens: Route[] = [
  { name: 'home' },
  { name: 'phase', phase: 'stopping' },
  { name: 'topic', phase: 'stopping', domain: 'housing' },
  { name: 'guides' },
  { name: 'guide', guideId: 'working-safer' },
  { name: 'check' },
  { name: 'about' },
  { name: 'safety' },
  { name: 'contacts' },
  { name: 'settings' },
  { name: 'plan' },
  { name: 'planSafety' },
  { name: 'more' },
  { name: 'money' },
  { name: 'incidents' },
  { name: 'checkIn' },
  { name: 'handOutCard' },
];

beforeEach(async () => {
  lockNow();
  forgetAnswers();
  await database.delete();
  await database.open();
  await putPlanRows(
    samplePlan().map((item) => ({ id: item.id, rev: 'r', data: item })),
    null,
  );
});

/** The named regions in the page now, by name, without quick exit's own (the same on every screen, m12). */
function regionNames(): string[] {
  const quickExit = document.querySelector('.quick-exit-region');
  return screen
    .queryAllByRole('region')
    .filter((region) => region !== quickExit)
    .map((region) => {
      const labelledBy = region.getAttribute('aria-labelledby');
      return (labelledBy ? document.getElementById(labelledBy)?.textContent : region.getAttribute('aria-label')) ?? '?';
    });
}

describe('m12: quick exit is in a landmark of its own on every screen', () => {
  for (const route of screens) {
    it(`${JSON.stringify(route)}: a region named as the bar, first in the page, holding only the button`, async () => {
      await renderApp('en', route);
      await screen.findByRole('heading', { level: 1 });
      const region = screen.getByRole('region', { name: 'Quick exit' });
      expect(region).toBe(document.querySelector('[role="region"]'));
      expect(within(region).getAllByRole('button')).toEqual([screen.getAllByRole('button')[0]]);
      expect(within(region).getByRole('button').className).toBe('quick-exit');
    });
  }
});

describe('m8: few region landmarks per screen', () => {
  for (const route of screens) {
    const parts = toolScreens[route.name];
    it(`${JSON.stringify(route)}: ${parts ? 'one region per part of the plan' : `at most ${maxRegions} named regions`}`, async () => {
      await renderApp('en', route);
      await screen.findByRole('heading', { level: 1 });
      // Parts that read the device (the plan, settings) draw after the first render.
      await new Promise((resolve) => setTimeout(resolve, 400));
      await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
      const names = regionNames();
      if (parts) expect(names).toEqual(parts);
      else expect(names.length, names.join(' | ')).toBeLessThanOrEqual(maxRegions);
    });
  }
});
