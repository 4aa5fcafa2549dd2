import { expect, test } from '@playwright/test';
import { readSecurityHeaders } from '../../scripts/securityHeaders';
import { openApp, screensFor } from './screens';

const expected = readSecurityHeaders();

test('the page is served with the CSP and the other security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()]).toBe(value);
});

test('the page carries the same policy as a meta tag, for hosts that drop headers', async ({ page }) => {
  await page.goto('/');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
    .then((value) => value ?? '');
  const header = (expected['Content-Security-Policy'] ?? '').split(';').map((directive) => directive.trim());
  expect(meta.split(';').map((directive) => directive.trim())).toEqual(
    header.filter((directive) => !directive.startsWith('frame-ancestors')),
  );
});

test('no screen causes a CSP violation or a console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await openApp(page, 'nl');
  for (const screen of screensFor('nl')) await screen.open(page);
  await openApp(page, 'en');
  for (const screen of screensFor('en')) await screen.open(page);
  expect(problems).toEqual([]);
});
