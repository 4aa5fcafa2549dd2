// Real IndexedDB semantics in jsdom, so data tests exercise Dexie itself rather than a mock.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
