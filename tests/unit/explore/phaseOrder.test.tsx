import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { domainsInPhaseOrder, phaseTopicOrder } from '../../../src/content/explore/phaseOrder';
import { domainIds } from '../../../src/domain/domains';
import { phaseIds, type PhaseId } from '../../../src/domain/phases';
import { renderApp } from '../app/renderApp';

async function topicTitles(phase: PhaseId): Promise<string[]> {
  await renderApp('en', { name: 'phase', phase });
  const section = await screen.findByRole('region', { name: 'What would you like to know more about?' });
  return within(section)
    .getAllByRole('link')
    .map((link) => link.querySelector('.card-link__title')?.textContent ?? '');
}

describe('topics in the order that fits each phase (walk-through H7)', () => {
  it('every phase lists every topic exactly once, with a reason and a source for its order', () => {
    for (const phase of phaseIds) {
      expect([...domainsInPhaseOrder(phase)].sort()).toEqual([...domainIds].sort());
      expect(phaseTopicOrder[phase].reason.length).toBeGreaterThan(20);
      expect(phaseTopicOrder[phase].sources.length).toBeGreaterThan(0);
    }
  });

  it('still working: Health first, then Money and debts; Housing is no longer first', async () => {
    const titles = await topicTitles('working');
    expect(titles.slice(0, 2)).toEqual(['Health', 'Money and debts']);
    expect(titles[0]).not.toBe('Housing');
    expect(titles).toHaveLength(domainIds.length);
  });

  it('stopping: work and income first, then money, then housing', async () => {
    const titles = await topicTitles('stopping');
    expect(titles.slice(0, 3)).toEqual(['Work and income', 'Money and debts', 'Housing']);
  });
});
