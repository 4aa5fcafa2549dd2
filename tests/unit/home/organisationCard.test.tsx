/**
 * An organisation's "our organisation" card (homeCard in its config): on the start screen and About,
 * in the reader's language where the organisation wrote one, and not at all in Verder's own build.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as buildConfig from '../../../src/lib/buildConfig';
import type { OrganisationCardData } from '../../../src/lib/buildConfig';
import { renderApp } from '../app/renderApp';

const build = vi.hoisted(() => ({ card: undefined as OrganisationCardData | undefined }));

vi.mock('../../../src/lib/buildConfig', async (importOriginal) => {
  const original = await importOriginal<typeof buildConfig>();
  return {
    ...original,
    get organisationName() {
      return build.card?.name;
    },
    get organisationCard() {
      return build.card;
    },
  };
});

const voorbeeld: OrganisationCardData = {
  name: 'Stichting Voorbeeld',
  description: {
    nl: 'Wij zijn er voor sekswerkers in Zwolle en omgeving, wat je ook kiest.',
    en: 'We are there for sex workers in and around Zwolle, whatever you choose.',
  },
  contactName: 'Voorbeeld Hulp Noord',
  way: { kind: 'phone', number: '+31384567890' },
};

afterEach(() => {
  build.card = undefined;
});

describe('the organisation’s card', () => {
  it('is on the start screen with its line in the reader’s language and one way to reach it', async () => {
    build.card = voorbeeld;
    await renderApp('en', { name: 'home' });
    const card = await screen.findByRole('region', { name: 'Stichting Voorbeeld' });
    expect(card).toHaveTextContent('We are there for sex workers in and around Zwolle, whatever you choose.');
    expect(card).toHaveTextContent('Voorbeeld Hulp Noord');
    expect(within(card).getByRole('link', { name: 'Call 038 456 78 90' })).toHaveAttribute('href', 'tel:+31384567890');
  });

  it('shows the Dutch line, marked as Dutch, in a language the organisation wrote none for', async () => {
    build.card = voorbeeld;
    await renderApp('th', { name: 'home' });
    const card = await screen.findByRole('region', { name: 'Stichting Voorbeeld' });
    expect(within(card).getByText(voorbeeld.description.nl ?? '')).toHaveAttribute('lang', 'nl');
  });

  it('is on About too, under the line that says who ships this build', async () => {
    build.card = { ...voorbeeld, way: { kind: 'email', address: 'info@example.org' } };
    await renderApp('en', { name: 'about' });
    const card = await screen.findByRole('region', { name: 'Stichting Voorbeeld' });
    expect(within(card).getByRole('link', { name: 'Send an email info@example.org' })).toHaveAttribute(
      'href',
      'mailto:info@example.org',
    );
    expect(screen.getByText(/^This version of Verder comes from Stichting Voorbeeld\./)).toBeInTheDocument();
  });

  it('is not there in Verder’s own build', async () => {
    await renderApp('en', { name: 'home' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Stichting Voorbeeld' })).not.toBeInTheDocument();
    expect(document.querySelector('.organisation-card')).toBeNull();
  });
});
