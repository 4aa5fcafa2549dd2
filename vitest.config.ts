import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, component and tooling tests run in jsdom; browser-only behaviour lives in tests/e2e (Playwright).
export default defineConfig({
  plugins: [react()],
  define: {
    'import.meta.env.VITE_EXIT_URL': JSON.stringify('https://www.buienradar.nl'),
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/tooling/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // The first render transforms all content modules; on a busy two-core machine that takes seconds.
    testTimeout: 30_000,
  },
});
