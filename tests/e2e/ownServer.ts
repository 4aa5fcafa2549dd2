/**
 * A private production server for one test, on its own port (so its own origin and service worker),
 * which the test may stop to prove the app runs without it.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';

export interface OwnServer {
  url: string;
  root: string;
  close(): Promise<void>;
}

export async function startOwnServer(port: number): Promise<OwnServer> {
  // A copy of dist, so a test may change files (e.g. a new service worker) without touching others.
  const root = mkdtempSync(join(tmpdir(), 'verder-dist-'));
  cpSync('dist', root, { recursive: true });
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { outDir: root },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    root,
    close: () => server.close(),
  };
}

/** Waits until the service worker controls the page, reloading once if the first load is not yet controlled. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit is not controlled (no clients.claim, so an update never swaps code under someone's
  // fingers); the next load is.
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/**
 * A visit while online (the service worker installs and takes control), then the server stops and
 * the network goes off: what a person has after one visit. Ends in `language`.
 */
export async function openOffline(page: Page, port: number, language: string): Promise<void> {
  const server = await startOwnServer(port);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  // Only Dutch comes with the first visit; any other language is kept the moment it is chosen.
  await page.locator('.language-switcher select').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await waitUntilLanguageKept(page, language);
  await server.close();
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Until every file of the language is in a cache the service worker answers from. */
export async function waitUntilLanguageKept(page: Page, language: string): Promise<void> {
  await page.waitForFunction(async (code) => {
    const manifest = (await (await fetch('/locale-manifest.json')).json()) as Record<string, string[]>;
    const found = await Promise.all((manifest[code] ?? []).map((url) => caches.match(url, { ignoreVary: true })));
    return found.length > 0 && found.every(Boolean);
  }, language);
}
