import { expect, test } from '@playwright/test';
import { openApp } from './screens';

test('moving through the language list with arrow keys changes nothing until Enter', async ({ page }) => {
  await openApp(page, 'en');
  const select = page.getByLabel('Language', { exact: true });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const apply = page.getByRole('button', { name: /^Use / });
  await expect(apply).toBeVisible();
  const chosen = await select.inputValue();
  expect(chosen).not.toBe('en');
  await select.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', chosen);
  await expect(apply).toHaveCount(0);
});
