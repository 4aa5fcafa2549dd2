import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The WebKit suite: Debian's WebKitGTK (WebKitWebDriver + MiniBrowser, the engine behind Safari) under
// xvfb-run, driven by WebdriverIO, against the production build. Vitest only runs the files and
// reports; nothing here runs in jsdom. The root vitest.config.ts and Playwright never pick these up
// (their include patterns are tests/unit, tests/tooling and tests/e2e).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'webkit',
    environment: 'node',
    include: ['tests/webkit/**/*.webkit.ts'],
    globalSetup: ['tests/webkit/globalSetup.ts'],
    // One browser at a time: the machines have two cores, and WebKit runs three processes per browser.
    fileParallelism: false,
    maxWorkers: 1,
    // 600,000 PBKDF2 rounds and axe on a full page take seconds on a busy two-core machine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    retry: 0,
    allowOnly: false,
  },
});
