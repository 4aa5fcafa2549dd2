import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from '../../../src/features/outside';
import { cleanFileName, defaultExportFileName } from '../../../src/features/plan/copies/ExportPlan';
import { i18n, startI18n } from '../../../src/i18n';

describe('a link to a page outside Verder (threat: an entry in this tab that Back after quick exit reaches)', () => {
  it('always opens in a new tab, and says so the first time before opening', async () => {
    await startI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <ExternalLink href="https://example.org/">Website</ExternalLink>
      </I18nextProvider>,
    );
    // Every time, the name itself says it (audit m11); the note only the first time.
    const link = screen.getByRole('link', { name: 'Website (opens in a new tab)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.click(link);
    expect(screen.getByRole('note')).toHaveTextContent('opens outside Verder, in a new tab');
    const open = screen.getByRole('link', { name: 'Open it (opens in a new tab)' });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('href', 'https://example.org/');
  });
});

describe('the copy’s file name (threat: a download list that names the app)', () => {
  it('is neutral by default and never names Verder', () => {
    const name = defaultExportFileName(new Date(2026, 11, 2));
    expect(name).toBe('backup-2026-12-02.bin');
    expect(name.toLowerCase()).not.toContain('verder');
  });

  it('keeps what the person typed, made safe, and falls back to the neutral name when empty', () => {
    expect(cleanFileName('recepten/december?.txt')).toBe('recepten-december-.txt');
    expect(cleanFileName('   ', new Date(2026, 0, 5))).toBe('backup-2026-01-05.bin');
  });
});
