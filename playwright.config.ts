import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (the machines here cannot fetch one).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that keep Chromium from phoning home: this sandbox has no network, and the request-recording
// test must see only the app's own traffic.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
];

// PORT lets two work trees on one machine each serve their own build without reusing the other's.
const port = Number(process.env.PORT ?? 4173);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Generous: CI machines have two cores, and axe on a full page takes seconds there.
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    viewport: { width: 360, height: 740 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    serviceWorkers: 'allow',
    locale: 'nl-NL',
    trace: 'off',
  },
  webServer: {
    // The production build (made by `npm test` before this runs), with the headers of public/_headers.
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
