/** axe as every accessibility test here runs it: WCAG 2.2 AA and best practice, on a page at rest. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations on the page as `rule: targets` lines; an empty list when axe finds nothing. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Checked at rest, the screen's own scroll area at its top (the window itself never scrolls).
  // After the frames already asked for (a form moves focus to its first error in one, which scrolls).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            document.getElementById('screen-scroll')?.scrollTo(0, 0);
            resolve();
          }),
        ),
      ),
  );
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
