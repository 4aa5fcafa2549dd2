import type { Page } from '@playwright/test';

/**
 * The app's one pair of live regions (src/ui/Announcer.tsx): what a screen reader is told. Tests check
 * announcements here; the visible message boxes are no longer live themselves.
 */
export const announcer = (page: Page, tone: 'polite' | 'assertive' = 'polite') =>
  page.locator(`[data-testid="announce-${tone}"]`);
