import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import type { Contact } from '../../../src/domain/contact';
import { ContactCard } from '../../../src/features/contacts';
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

describe('a contact card', () => {
  describe('for a fresh entry with high confidence', () => {
    it('shows its source, the source date and the last-checked date, and no warning', () => {
      render(<ContactCard contact={contact('geldfit')} />);
      expect(screen.getByText(/^Source:/)).toBeInTheDocument();
      expect(screen.getByText('Last checked: 28 November 2026')).toBeInTheDocument();
      expect(screen.queryByText(outdatedWarning)).not.toBeInTheDocument();
    });
  });

  describe('for an entry checked more than 12 months ago', () => {
    it('says it may be out of date', () => {
      render(<ContactCard contact={{ ...contact('geldfit'), checkedOn: '2024-01-15' }} />);
      expect(screen.getByText(outdatedWarning)).toBeInTheDocument();
      expect(screen.getByText('Last checked: 15 January 2024')).toBeInTheDocument();
    });
  });

  describe('for a low-confidence entry from the older coordinator directory', () => {
    it('warns once, and says why', () => {
      render(<ContactCard contact={contact('shop-den-haag')} />);
      expect(screen.getAllByText(/May be out of date/)).toHaveLength(1);
      expect(screen.getByText(/older directory of care coordinators/)).toBeInTheDocument();
      expect(screen.getByText(/Our sources for this are old or do not agree/)).toBeInTheDocument();
    });
  });

  describe('for an organisation with no checked contact details', () => {
    it('says so once instead of showing an empty list or an outdated warning', () => {
      render(<ContactCard contact={contact('mind-korrelatie')} />);
      expect(screen.getByText(/we could not check how to reach them/)).toBeInTheDocument();
      expect(screen.queryByText(/We have no contact details that we could check/)).not.toBeInTheDocument();
      expect(screen.queryByText(/May be out of date/)).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: /^Call/ })).not.toBeInTheDocument();
      expect(screen.queryAllByRole('list')).toHaveLength(0);
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
