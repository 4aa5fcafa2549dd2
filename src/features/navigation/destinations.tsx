import type { ReactNode } from 'react';
import type { Route } from '../../routing';
import { FindHelpIcon, GuidesIcon, MoreIcon, PlanIcon, StartIcon } from './icons';

export type DestinationId = 'home' | 'contacts' | 'plan' | 'guides' | 'more';

export interface Destination {
  id: DestinationId;
  route: Route;
  /** A key in the common namespace. */
  labelKey: 'nav.home' | 'nav.contacts' | 'nav.plan' | 'nav.guidesShort' | 'nav.more';
  icon: ReactNode;
}

/** The bottom bar: five places at most, so every label stays readable on a small phone. */
export const destinations: readonly Destination[] = [
  { id: 'home', route: { name: 'home' }, labelKey: 'nav.home', icon: <StartIcon /> },
  { id: 'contacts', route: { name: 'contacts' }, labelKey: 'nav.contacts', icon: <FindHelpIcon /> },
  { id: 'plan', route: { name: 'plan' }, labelKey: 'nav.plan', icon: <PlanIcon /> },
  { id: 'guides', route: { name: 'guides' }, labelKey: 'nav.guidesShort', icon: <GuidesIcon /> },
  { id: 'more', route: { name: 'more' }, labelKey: 'nav.more', icon: <MoreIcon /> },
];

/** Everything else lives under More: the screens the footer used to link to. */
export const moreRoutes = [
  { route: { name: 'check' }, labelKey: 'nav.check' },
  { route: { name: 'safety' }, labelKey: 'nav.safety' },
  { route: { name: 'settings' }, labelKey: 'nav.settings' },
  { route: { name: 'about' }, labelKey: 'nav.about' },
] as const satisfies readonly { route: Route; labelKey: string }[];

// Screens not named here (the check, settings, about, a new screen) count as part of More.
const sectionByScreen: Partial<Record<Route['name'], DestinationId>> = {
  home: 'home',
  phase: 'home',
  topic: 'home',
  contacts: 'contacts',
  plan: 'plan',
  planSafety: 'plan',
  money: 'plan',
  incidents: 'plan',
  checkIn: 'plan',
  guides: 'guides',
  guide: 'guides',
};

// The first visit's language choice comes before every place in the bar: none is marked there.
const outsideEveryPlace: ReadonlySet<Route['name']> = new Set(['language']);

/** Which place in the bar a screen belongs to, so the bar can mark where the person is (null: none). */
export function sectionOf(route: Route): DestinationId | null {
  if (outsideEveryPlace.has(route.name)) return null;
  return sectionByScreen[route.name] ?? 'more';
}
