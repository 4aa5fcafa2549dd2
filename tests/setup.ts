// Real IndexedDB semantics in jsdom, so data tests exercise Dexie itself rather than a mock.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens load lazily and read IndexedDB first; on a busy two-core machine that can take over a second.
configure({
  asyncUtilTimeout: 5000,
  // The announcer's hidden copy of a message is not what a person sees: text queries find the
  // visible one (announcements are checked with tests/unit/announced.ts).
  defaultIgnore: 'script, style, [data-testid="announcer"] *',
});

afterEach(() => {
  cleanup();
});
