import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { readAnnouncements, type AnnounceTone } from '../../src/lib/announcer';

/** What the app's one announcer says now (src/lib/announcer.ts), in the polite or assertive region. */
export const announced = (tone: AnnounceTone = 'polite') => readAnnouncements()[tone].text;

/** Waits until the announcer says `text` (a part of it, or a pattern). */
export async function expectAnnounced(text: string | RegExp, tone: AnnounceTone = 'polite') {
  await waitFor(() => {
    const said = announced(tone);
    if (typeof text === 'string') expect(said).toContain(text);
    else expect(said).toMatch(text);
  });
}
