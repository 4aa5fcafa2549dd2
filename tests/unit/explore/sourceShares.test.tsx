/** The About page states the real shares of the report and of public pages, counted from the data. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allItemSources, sourceShares } from '../../../src/content/sources/shares';
import { renderApp } from '../app/renderApp';

describe('the shares of report and public sources', () => {
  it('count every item once, and an item with any public page as public', () => {
    const shares = sourceShares();
    expect(shares.total).toBe(allItemSources().length);
    expect(shares.reportOnly + shares.withPublicPage).toBe(shares.total);
    expect(shares.withPublicPage).toBeGreaterThan(0);
    const mixed = sourceShares([
      [{ kind: 'report', section: '2.4' }],
      [
        { kind: 'report', section: '2.4' },
        { kind: 'public', url: 'https://www.example.nl/', title: 'Example', readOn: '2026-12-02' },
      ],
    ]);
    expect(mixed).toEqual({ total: 2, reportOnly: 1, withPublicPage: 1 });
  });

  it('are what the About page says, in the reader\u2019s language', async () => {
    const shares = sourceShares();
    await renderApp('nl', { name: 'about' });
    const percent = new Intl.NumberFormat('nl', { style: 'percent' });
    const line = await screen.findByText(new RegExp(`Verder heeft ${shares.total} stukjes informatie`));
    expect(line.textContent).toContain(percent.format(shares.reportOnly / shares.total));
    expect(line.textContent).toContain(percent.format(shares.withPublicPage / shares.total));
  });
});
