/**
 * Audit of 2026-12-02, m5 (WCAG 3.2.4): one feature, one name. The menu item, the link on every phase
 * screen and the check's heading all say "Waar begin ik?"; the import button is not "Add to my plan".
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/i18n';
import { renderApp } from '../app/renderApp';

const read = (language: string, namespace: string) =>
  JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Record<string, Record<string, unknown>>;

describe('m5: one name for the check', () => {
  it('the phase screen’s link and the screen it opens carry the menu’s name', async () => {
    await renderApp('nl', { name: 'phase', phase: 'working' });
    await userEvent.click(await screen.findByRole('link', { name: 'Waar begin ik?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Waar begin ik?' })).toBeInTheDocument();
  });

  for (const { code } of languages) {
    it(`is the same in the menu and on the check's heading in ${code}; the import action names the copy`, () => {
      const common = read(code, 'common');
      expect(read(code, 'check').intro?.title).toBe(common.nav?.check);
      const plan = read(code, 'plan');
      expect(plan.import?.merge).not.toBe(plan.add?.button);
    });
  }
});
