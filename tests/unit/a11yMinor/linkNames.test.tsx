/**
 * Audit of 2026-12-02, m11: link names that say where they go. The brand "Verder" (Dutch for "Next")
 * says it goes to the start; a topic's link up says it goes back; a card's "Website" names the card.
 */
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import { database } from '../../../src/data/database';
import { ContactCard } from '../../../src/features/contacts';
import { startI18n } from '../../../src/i18n';
import { renderApp } from '../app/renderApp';

beforeEach(async () => {
  await database.delete();
  await database.open();
});

describe('m11: link purpose', () => {
  it('names the brand link "Verder – Start", starting with the visible word', async () => {
    await renderApp('nl');
    const banner = await screen.findByRole('banner');
    const brand = within(banner).getByRole('link', { name: 'Verder – Start' });
    expect(brand).toHaveTextContent(/^Verder$/);
  });

  it('says a topic’s link to its phase goes back there', async () => {
    await renderApp('en', { name: 'topic', phase: 'working', domain: 'money' });
    expect(await screen.findByRole('link', { name: 'Back to: I do sex work' })).toBeInTheDocument();
  });

  it('tells the cards’ identical website links apart by the card’s name, and says they open a new tab', async () => {
    await startI18n('en');
    const found = contacts.find((entry) => entry.id === 'slachtofferhulp');
    if (!found) throw new Error('no contact');
    render(<ContactCard contact={found} />);
    const website = screen.getByRole('link', { name: 'Website (opens in a new tab)' });
    expect(website).toHaveAccessibleDescription('Slachtofferhulp Nederland');
  });
});
