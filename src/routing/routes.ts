/**
 * Every screen Verder has. The address bar never changes: screens are state, not URLs, so the
 * browser history shows nothing about what was read (see src/lib/historyGuard.ts for Back).
 */
import type { PurposeId } from '../domain/contact';
import type { DomainId } from '../domain/domains';
import type { PhaseId } from '../domain/phases';

export type Route =
  | { name: 'home' }
  | { name: 'phase'; phase: PhaseId }
  | { name: 'topic'; phase: PhaseId; domain: DomainId }
  | { name: 'guides' }
  | { name: 'guide'; guideId: string }
  | { name: 'check' }
  | { name: 'about' }
  | { name: 'safety' }
  | { name: 'contacts'; purpose?: PurposeId; region?: string }
  | { name: 'language' }
  | { name: 'settings' }
  | { name: 'plan' }
  | { name: 'planSafety' }
  | { name: 'more' }
  | { name: 'money' }
  | { name: 'incidents' }
  | { name: 'checkIn' }
  | { name: 'handOutCard' }
  /** Showing mode: the person answers the check on their own, on the worker's phone. */
  | { name: 'handOver' };

export const homeRoute: Route = { name: 'home' };

/** Routes are small plain objects: equal when every field is. */
export function sameRoute(a: Route | undefined, b: Route): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
