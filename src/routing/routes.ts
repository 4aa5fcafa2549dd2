/**
 * Every screen Verder has. The address bar never changes: screens are state, not URLs, so the app
 * keeps one history entry and the browser history shows nothing about what was read.
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
  | { name: 'incidents' };

export const homeRoute: Route = { name: 'home' };
