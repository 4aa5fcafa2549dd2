import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LanguageCode } from '../../../src/i18n';
import type { Route } from '../../../src/routing';
import { renderApp } from '../app/renderApp';
import { announced, expectAnnounced } from '../announced';

async function openContacts(language: LanguageCode = 'en', route: Route = { name: 'contacts' }) {
  await renderApp(language, route);
  await screen.findByRole('heading', { level: 1, name: language === 'en' ? 'Find help' : 'Hulp zoeken' });
}

async function searchFor(place: string, language: LanguageCode = 'en') {
  const input = screen.getByLabelText(language === 'en' ? 'Type your town or city' : 'Typ je woonplaats');
  await userEvent.clear(input);
  await userEvent.type(input, `${place}{Enter}`);
}

/** The names of the organisations on screen, in reading order. */
function cardNames(): string[] {
  // Cards are h3 in their own sections and h4 under a national group's h3.
  return screen
    .getAllByRole('heading')
    .filter((heading) => heading.classList.contains('contact-card__name'))
    .map((heading) => heading.textContent ?? '');
}

function sectionOf(headingName: string | RegExp): HTMLElement {
  const heading = screen.getByRole('heading', { name: headingName });
  const section = heading.closest<HTMLElement>('section, details');
  if (!section) throw new Error(`no section around ${String(headingName)}`);
  return section;
}

describe('the find-help screen', () => {
  describe('when it opens', () => {
    it('shows the emergency line 112 first, with a tel: link', async () => {
      await openContacts();
      expect(cardNames()[0]).toBe('112');
      expect(within(sectionOf('Emergency')).getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
    });

    it('groups the national lines by what they are for, each organisation once', async () => {
      await openContacts();
      // Under the heading "National lines" (audit m8).
      expect(screen.getByRole('heading', { level: 2, name: 'National lines' })).toBeInTheDocument();
      const groups = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
      expect(groups).toEqual(
        expect.arrayContaining(['Crisis and thoughts of suicide', 'Money and debts', 'Going back to your country']),
      );
      // National groups are folded: one tap opens a group.
      const crisis = sectionOf('Crisis and thoughts of suicide');
      expect(within(crisis).getByText('113 Zelfmoordpreventie')).not.toBeVisible();
      await userEvent.click(screen.getByRole('heading', { level: 3, name: 'Crisis and thoughts of suicide' }));
      expect(within(crisis).getByText('113 Zelfmoordpreventie')).toBeVisible();
      const names = cardNames();
      expect(new Set(names).size).toBe(names.length);
    });

    it('shows a source, its date, a check date and the confidence on every organisation', async () => {
      await openContacts();
      const cards = document.querySelectorAll('article.contact-card');
      expect(cards.length).toBeGreaterThan(20);
      for (const card of cards) {
        expect(card.textContent).toMatch(/Source:/);
        expect(card.textContent).toMatch(/Date of the source: |The source shows no date/);
        expect(card.textContent).toMatch(
          /(compared these details with the source on|Taken from our research file on) \d{1,2} [A-Z][a-z]+ \d{4}/,
        );
        expect(card.textContent).toMatch(/How sure we are: (high|medium|low)/);
      }
    });

    // The list depends on the clock: pinned, so the test means the same at 08:00 and at 02:00.
    it.each([
      ['on a Tuesday morning', '2026-12-01T08:28:00+01:00'],
      ['at night', '2026-12-02T02:10:00+01:00'],
    ])('lists who can be reached now %s, with only lines whose hours are known to be open', async (_when, iso) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(iso));
      try {
        await openContacts();
        const list = sectionOf('Who can you reach now?').querySelector(':scope > ul.reachable-list');
        if (!(list instanceof HTMLElement)) throw new Error('no list of lines open now');
        expect(within(list).getByText('De Luisterlijn')).toBeInTheDocument();
        expect(within(list).queryByText('Geldfit')).not.toBeInTheDocument();
      } finally {
        vi.useRealTimers();
      }
    });

    it('shows numbers the Dutch way, left to right, with a normalised tel: link', async () => {
      await openContacts();
      const card = screen.getByRole('article', { name: '113 Zelfmoordpreventie' });
      const call = within(card).getByRole('link', { name: /Call 0800-0113/ });
      expect(call).toHaveAttribute('href', 'tel:08000113');
      expect(within(call).getByText('0800-0113')).toHaveAttribute('dir', 'ltr');
    });

    it('is reached from the main menu', async () => {
      await renderApp('nl');
      await userEvent.click(screen.getByRole('link', { name: 'Hulp zoeken' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Hulp zoeken' })).toBeInTheDocument();
    });
  });

  describe('when a place is searched', () => {
    it('finds Zwolle and shows the organisations that serve it before the national lines', async () => {
      await openContacts();
      await searchFor('Zwolle');
      const local = sectionOf('Near Zwolle');
      expect(within(local).getByRole('heading', { level: 3, name: 'Scharlaken Koord' })).toBeInTheDocument();
      expect(screen.getByText('Below you see help for Zwolle and the national lines.')).toBeInTheDocument();
      expect(cardNames()[0]).toBe('112');
      expect(cardNames()[1]).toBe('Scharlaken Koord');
    });

    it.each([
      ['den bosch', "'s-Hertogenbosch"],
      ["'s-Hertogenbosch", "'s-Hertogenbosch"],
      ['DEN HAAG', 'Den Haag'],
      ['zwol', 'Zwolle'],
      ['Rotterdm', 'Rotterdam'],
      ['Den Bosh', "'s-Hertogenbosch"],
    ])('understands "%s" as %s', async (typed, municipality) => {
      await openContacts();
      await searchFor(typed);
      expect(screen.getByRole('heading', { level: 2, name: `Near ${municipality}` })).toBeInTheDocument();
    });

    it('shows Den Bosch organisations for "den bosch", in Dutch too', async () => {
      await openContacts('nl');
      await searchFor('den bosch', 'nl');
      const local = sectionOf("In de buurt van 's-Hertogenbosch");
      expect(within(local).getByText('Maatschappelijke Opvang Den Bosch (RUPS)')).toBeInTheDocument();
    });

    it('says clearly when it does not know a place, and keeps 112 and the national lines', async () => {
      await openContacts();
      await searchFor('Atlantis');
      expect(screen.getByText(/We do not know this place/)).toBeInTheDocument();
      expect(screen.queryByRole('heading', { level: 2, name: /^Near / })).not.toBeInTheDocument();
      expect(cardNames()[0]).toBe('112');
      expect(screen.getByRole('heading', { level: 3, name: 'Money and debts' })).toBeInTheDocument();
    });

    it('shows nearby regions in the same province when nothing is known for the place itself', async () => {
      await openContacts();
      await searchFor('Enschede');
      expect(screen.getByText(/No organisation known for this place yet/)).toBeInTheDocument();
      expect(within(sectionOf('Region Zwolle')).getByText('Scharlaken Koord')).toBeInTheDocument();
    });

    it('suggests places while typing, including a town inside a municipality', async () => {
      await openContacts();
      await userEvent.type(screen.getByLabelText('Type your town or city'), 'Hoofdd');
      const suggestion = screen.getByRole('button', { name: /Haarlemmermeer · Hoofddorp/ });
      await userEvent.click(suggestion);
      expect(screen.getByRole('heading', { level: 2, name: 'Near Haarlemmermeer' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Hoofddorp/ })).not.toBeInTheDocument();
      await waitFor(() =>
        expect(screen.getByText(/Below you see help for Haarlemmermeer/).parentElement).toHaveFocus(),
      );
    });

    it('asks the person to choose when a name belongs to two municipalities', async () => {
      await openContacts();
      await searchFor('Bergen');
      expect(screen.getByText(/more than one place with this name/)).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Bergen (NH.)' }));
      expect(screen.getByRole('heading', { level: 2, name: 'Near Bergen (NH.)' })).toBeInTheDocument();
    });

    it('forgets the place when the person leaves the screen', async () => {
      await openContacts();
      await searchFor('Zwolle');
      await userEvent.click(screen.getByRole('link', { name: 'Start' }));
      await userEvent.click(await screen.findByRole('link', { name: 'Find help' }));
      await screen.findByRole('heading', { level: 1, name: 'Find help' });
      expect(screen.getByLabelText('Type your town or city')).toHaveValue('');
      expect(screen.queryByRole('heading', { level: 2, name: 'Near Zwolle' })).not.toBeInTheDocument();
      expect(JSON.stringify({ ...localStorage })).not.toMatch(/zwolle/i);
    });

    it('can be cleared', async () => {
      await openContacts();
      await searchFor('Zwolle');
      await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
      expect(screen.getByLabelText('Type your town or city')).toHaveValue('');
      expect(screen.queryByRole('heading', { level: 2, name: 'Near Zwolle' })).not.toBeInTheDocument();
    });
  });

  describe('when filters are used', () => {
    it('narrows the list to organisations a source calls free, and keeps 112 on top', async () => {
      await openContacts();
      const before = cardNames();
      await userEvent.click(screen.getByText('Filter'));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Free' }));
      const after = cardNames();
      expect(after.length).toBeLessThan(before.length);
      expect(after[0]).toBe('112');
      expect(after).toContain('Geldfit');
      // Het Juridisch Loket has a paid 0900 number: not free.
      expect(after).not.toContain('Het Juridisch Loket');
      expect(screen.getByText(/organisations match your filters/)).toBeInTheDocument();
    });

    it('narrows by language spoken', async () => {
      await openContacts();
      await userEvent.click(screen.getByText('Filter'));
      await userEvent.selectOptions(screen.getByLabelText('Language spoken'), 'Thai');
      expect(cardNames()).toEqual(['112']);
      await searchFor('Den Haag');
      expect(cardNames()).toEqual(['112', 'Stichting De Haven']);
    });

    it('says so when nothing matches, and 112 stays visible', async () => {
      await openContacts();
      await userEvent.click(screen.getByText('Filter'));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Anonymous' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Walk in without appointment' }));
      expect(screen.getByText(/No organisation matches all your filters/)).toBeInTheDocument();
      expect(cardNames()).toEqual(['112']);
      await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement);
      expect(cardNames().length).toBeGreaterThan(10);
    });

    it('Clear filters keeps focus (it is marked unavailable, not disabled) and says the filters are cleared', async () => {
      await openContacts();
      await userEvent.click(screen.getByText('Filter'));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Free' }));
      const clear = screen.getByRole('button', { name: 'Clear filters' });
      await userEvent.click(clear);
      expect(screen.getByRole('checkbox', { name: 'Free' })).not.toBeChecked();
      expect(clear).toBeEnabled();
      expect(clear).toHaveAttribute('aria-disabled', 'true');
      expect(clear).toHaveFocus();
      await expectAnnounced('Filters cleared. All organisations are shown again.');
      // Pressed again with nothing to clear: nothing happens and nothing is said.
      await waitFor(() => expect(announced()).toBe(''), { timeout: 10_000 });
      await userEvent.click(clear);
      expect(announced()).toBe('');
    });

    it('tells the person when filters hide the organisations near their place', async () => {
      await openContacts();
      await searchFor('Zwolle');
      await userEvent.click(screen.getByText('Filter'));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Welcome without residence papers' }));
      expect(screen.getByText(/No organisation near Zwolle matches your filters/)).toBeInTheDocument();
      expect(screen.queryByRole('heading', { level: 2, name: 'Near Zwolle' })).not.toBeInTheDocument();
    });
  });

  describe('when the screen is opened for a purpose', () => {
    it('pre-selects that purpose and shows only organisations for it', async () => {
      await openContacts('en', { name: 'contacts', purpose: 'money' });
      expect(screen.getByLabelText('What for')).toHaveValue('money');
      const names = cardNames();
      expect(names[0]).toBe('112');
      expect(names).toContain('Geldfit');
      expect(names).not.toContain('113 Zelfmoordpreventie');
    });

    it('is opened that way from the help section of a topic', async () => {
      await renderApp('en', { name: 'topic', phase: 'stopping', domain: 'housing' });
      await userEvent.click(await screen.findByRole('link', { name: 'Find organisations that can help' }));
      await screen.findByRole('heading', { level: 1, name: 'Find help' });
      expect(screen.getByLabelText('What for')).toHaveValue('housing');
    });
  });
});
