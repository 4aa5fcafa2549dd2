/**
 * The order of the topics on each phase's screen (walk-through finding H7: Housing came first for
 * people still working, Health fifth). Each phase starts with the life domains the source report names
 * as what people need in that phase, in the report's order, as arranged in
 * ../shared/brief/CONTENT-MODEL.md ("Four phases", "Tone"); the other domains follow in the usual
 * order (src/domain/domains.ts). Nothing is hidden: every topic stays one tap away, "in any order".
 * The reasons are for whoever edits this list, never shown in the app.
 */
import type { Source } from '../../domain/content';
import { domainIds, type DomainId } from '../../domain/domains';
import type { PhaseId } from '../../domain/phases';
import { report } from '../sources/cite';

export interface PhaseTopicOrder {
  /** The domains that come first, in this order. */
  first: readonly DomainId[];
  /** Why, in the report's terms. */
  reason: string;
  sources: readonly Source[];
}

export const phaseTopicOrder: Record<PhaseId, PhaseTopicOrder> = {
  working: {
    first: ['health', 'money', 'education', 'work', 'network', 'safety'],
    reason:
      'Contact phase: most first contact is about sexual health (STI checks at the GGD), then money and ' +
      'budgeting, learning Dutch or English, doing the work better or safer, a listening ear; safety for ' +
      'people who are exploited.',
    sources: [report('2.4'), report('3.2')],
  },
  considering: {
    first: ['network', 'work', 'money', 'safety'],
    reason:
      'Orientation phase: a listening ear and trust first, then a view of practical short-term help such ' +
      'as income security (a benefit is part of work and income), and safety.',
    sources: [report('2.4'), report('3.2')],
  },
  stopping: {
    first: ['work', 'money', 'housing'],
    reason:
      'Execution phase: help per life domain, with practical short-term improvements first, income ' +
      'security above all (work and income, money), then an affordable home once income drops.',
    sources: [report('2.4'), report('3.2'), report('3.3')],
  },
  after: {
    first: ['network', 'money', 'health', 'safety'],
    reason:
      'Aftercare phase: low-threshold contact now and then, budgeting, mental health (trauma, panic or ' +
      'anxiety may surface after stopping), and preventing re-victimisation and the pull back.',
    sources: [report('3.2')],
  },
};

/** Every domain once: the phase's first ones, then the rest in the usual order. */
export function domainsInPhaseOrder(phase: PhaseId): DomainId[] {
  const { first } = phaseTopicOrder[phase];
  return [...first, ...domainIds.filter((domain) => !first.includes(domain))];
}
