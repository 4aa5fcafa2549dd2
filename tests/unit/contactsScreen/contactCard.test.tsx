import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import type { Contact } from '../../../src/domain/contact';
import { ContactCard } from '../../../src/features/contacts';
import { correctionsTarget } from '../../../src/features/contacts/corrections';
import { startI18n } from '../../../src/i18n';

function contact(id: string): Contact {
  const found = contacts.find((entry) => entry.id === id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
}

const outdatedWarning = 'May be out of date — check the website first.';

beforeAll(async () => {
  await startI18n('en');
});

afterEach(() => {
  vi.useRealTimers();
});

/** Fixes the phone's clock (only Date, so React's timers keep working). */
function atClock(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('a contact card', () => {
  describe('for an entry with a recent, dated source and high confidence', () => {
    it('shows no warning, and keeps source, source date, check and confidence behind "About this entry"', () => {
      atClock('2026-12-02T10:00:00Z');
      const fresh = { ...contact('geldfit'), source: { url: 'https://www.geldfit.nl', date: '2026-10' } };
      render(<ContactCard contact={fresh} />);
      expect(screen.queryByText(outdatedWarning)).not.toBeInTheDocument();
      const about = screen.getByText('About this entry').closest('details');
      if (!about) throw new Error('no about disclosure');
      expect(about).not.toHaveAttribute('open');
      expect(within(about).getByText(/^Source:/)).toBeInTheDocument();
      expect(within(about).getByText(/Date of the source: October 2026/)).toBeInTheDocument();
      expect(within(about).getByText(/Taken from our research file on 28 November 2026/)).toBeInTheDocument();
      expect(within(about).getByText(/How sure we are: high/)).toBeInTheDocument();
    });
  });

  describe('for an entry whose source is undated or older than 12 months', () => {
    it('says it may be out of date, however recent the check', () => {
      render(<ContactCard contact={{ ...contact('geldfit'), checkedOn: '2026-12-02' }} />);
      expect(screen.getByText(outdatedWarning)).toBeInTheDocument();
      expect(screen.getAllByText(/The source shows no date/).length).toBeGreaterThan(0);
    });
  });

  describe('for an entry a person compared with its source again', () => {
    it('says so, with that date', () => {
      render(<ContactCard contact={contact('veilig-thuis-flevoland')} />);
      expect(
        screen.getByText('A person compared these details with the source on 2 December 2026.'),
      ).toBeInTheDocument();
      expect(screen.getByText(/Date of the source: about March 2024/)).toBeInTheDocument();
    });
  });

  describe('for a low-confidence entry from the older coordinator directory', () => {
    it('warns once, and says why', () => {
      render(<ContactCard contact={contact('shop-den-haag')} />);
      expect(screen.getAllByText(/May be out of date/)).toHaveLength(1);
      expect(screen.getByText(/older directory of care coordinators/)).toBeInTheDocument();
      expect(screen.getByText(/How sure we are: low/)).toBeInTheDocument();
    });
  });

  describe('for an organisation with no checked contact details', () => {
    it('points to an entry that offers the same help and can be reached', () => {
      render(<ContactCard contact={contact('ggd-seksuele-gezondheid')} />);
      expect(screen.getByText(/we could not check how to reach them/)).toBeInTheDocument();
      expect(screen.getByText(/Sense can also help with this/)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'www.sense.info (opens in a new tab)' })).toHaveAttribute(
        'href',
        'https://www.sense.info',
      );
      expect(screen.queryByRole('link', { name: /^Call/ })).not.toBeInTheDocument();
    });
  });

  describe('opening hours', () => {
    it('shows "open now" and "opens at" from the clock, in Dutch time', () => {
      // Wednesday 2 December 2026, 08:30 in Amsterdam.
      atClock('2026-12-02T07:30:00Z');
      const { unmount } = render(<ContactCard contact={contact('comensha')} />);
      expect(screen.getByText('Closed now. Opens at 09:00')).toBeInTheDocument();
      expect(screen.getByText(/Sources give different hours/)).toBeInTheDocument();
      unmount();
      atClock('2026-12-02T09:00:00Z');
      render(<ContactCard contact={contact('comensha')} />);
      expect(screen.getByText('Open now, until 17:00')).toBeInTheDocument();
    });

    it('says "day and night" or that the hours are not known, never a guessed open', () => {
      render(<ContactCard contact={contact('luisterlijn')} />);
      expect(screen.getByText('Open day and night')).toBeInTheDocument();
      expect(screen.getByText('Chat: Hours not known')).toBeInTheDocument();
      render(<ContactCard contact={contact('geldfit')} />);
      expect(screen.getAllByText('Hours not known').length).toBeGreaterThan(0);
    });
  });

  describe('trust', () => {
    it('says "not anonymous" where a source says so', () => {
      render(<ContactCard contact={contact('iom')} />);
      expect(screen.getByText('Not anonymous')).toBeInTheDocument();
    });

    it('shows other sources', () => {
      render(<ContactCard contact={contact('humanitas-pmw-rotterdam')} />);
      expect(screen.getByRole('link', { name: 'sekswerkerfgoed.nl (opens in a new tab)' })).toBeInTheDocument();
    });
  });

  describe('something wrong here?', () => {
    it('explains, without a configured address, how an organisation can ship its own list', () => {
      render(<ContactCard contact={contact('geldfit')} />);
      expect(screen.getByText('Something wrong here?')).toBeInTheDocument();
      expect(screen.getByText(/has no address for corrections/)).toBeInTheDocument();
    });

    it('accepts only an e-mail address or an https address from the build', () => {
      expect(correctionsTarget('fouten@voorbeeld.nl')).toEqual({
        href: 'mailto:fouten@voorbeeld.nl',
        label: 'fouten@voorbeeld.nl',
      });
      expect(correctionsTarget('https://voorbeeld.nl/fout')).toEqual({
        href: 'https://voorbeeld.nl/fout',
        label: 'voorbeeld.nl',
      });
      expect(correctionsTarget('javascript:alert(1)')).toBeNull();
      expect(correctionsTarget('http://voorbeeld.nl')).toBeNull();
      expect(correctionsTarget(undefined)).toBeNull();
    });
  });

  describe('share', () => {
    it('shares only the name and the number, with no link and no Verder', () => {
      const share = vi.fn(() => Promise.resolve());
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      try {
        render(<ContactCard contact={contact('luisterlijn')} />);
        screen.getByRole('button', { name: 'Share number' }).click();
        expect(share).toHaveBeenCalledWith({ text: 'De Luisterlijn: 088 0767 000' });
      } finally {
        Reflect.deleteProperty(navigator, 'share');
      }
    });
  });

  describe('for a source that shows only a month', () => {
    it('gives the month, not an invented day', () => {
      render(<ContactCard contact={contact('de-haven')} />);
      expect(screen.getByText(/Date of the source: July 2020/)).toBeInTheDocument();
    });
  });

  describe('for a faith-based organisation', () => {
    it('says so neutrally', () => {
      render(<ContactCard contact={contact('de-haven')} />);
      expect(screen.getByText('Faith-based organisation')).toBeInTheDocument();
    });
  });
});
