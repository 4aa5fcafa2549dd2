/**
 * The guide "Working safer" as a person sees it: the numbers to call first, the six parts, and the
 * links onward — to their own record of what happened, to the blackmail and STI guides, to Find help.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../app/renderApp';
import { findSection } from '../sections';

describe('the guide Working safer', () => {
  it('shows the urgent contacts first and the six parts in Dutch', async () => {
    await renderApp('nl', { name: 'guide', guideId: 'working-safer' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Veiliger werken' })).toBeInTheDocument();
    const urgent = screen.getByRole('region', { name: 'Eerst: hulp die je meteen kunt bereiken' });
    expect(within(urgent).getByText(/Centrum Seksueel Geweld/)).toBeInTheDocument();
    expect(within(urgent).getByText(/Ugly Mugs NL/)).toBeInTheDocument();
    for (const heading of [
      'Check eerst de klant',
      'Maak afspraken voordat je begint',
      'Voor een afspraak',
      'Je geld',
      'Gezondheid: soa-test, PrEP en PEP',
      'Na geweld',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
  });

  it('offers the blackmail guide and the STI check as related guides', async () => {
    await renderApp('nl', { name: 'guide', guideId: 'working-safer' });
    const related = await findSection('Wegwijzers die hierbij passen');
    expect(within(related).getByRole('link', { name: /^Iemand dreigt het te vertellen/ })).toBeInTheDocument();
    expect(within(related).getByRole('link', { name: /^Gratis soa-test bij de GGD/ })).toBeInTheDocument();
  });

  it('opens the record of what happened from the guide', async () => {
    await renderApp('nl', { name: 'guide', guideId: 'working-safer' });
    await userEvent.click(await screen.findByRole('link', { name: 'Wat er gebeurde: schrijf het op' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat er gebeurde' })).toBeInTheDocument();
  });

  it('ends with a way into Find help for violence', async () => {
    await renderApp('en', { name: 'guide', guideId: 'working-safer' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Working safer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Find help near you:/ })).toBeInTheDocument();
  });
});
