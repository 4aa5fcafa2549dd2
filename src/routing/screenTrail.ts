import { homeRoute, type Route } from './routes';

/** Enough to go back through a long session; the oldest screens go first (the start screen stays). */
export const maxTrailLength = 40;

/**
 * The trail after opening `to`. The start screen is the root of every trail: opening it (from the
 * brand, the bottom bar or a link) starts again there, so Back on the start screen always leaves.
 */
export function pushScreen(trail: readonly Route[], to: Route): Route[] {
  if (to.name === 'home') return [homeRoute];
  // A copy: each place in the trail is its own entry, which its screen's memory belongs to
  // (screenMemory.ts), even when the same link is followed twice.
  const next = [...trail, { ...to }];
  if (next.length <= maxTrailLength) return next;
  const [root, ...rest] = next;
  return root ? [root, ...rest.slice(rest.length - (maxTrailLength - 1))] : rest;
}
