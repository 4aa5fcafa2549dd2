import { screen } from '@testing-library/react';

/**
 * The part of a screen under a heading. Most parts are plain sections now, not named regions
 * (audit m8: only a screen's main blocks are landmarks), so they are found by their heading.
 */
export async function findSection(name: string | RegExp): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name });
  const section = heading.closest('section');
  if (!section) throw new Error(`no section under the heading ${String(name)}`);
  return section;
}
