import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeOfflineFiles } from '../../../src/pwa';
import { renderApp } from '../app/renderApp';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('settings: keeping your data', () => {
  it('says when the browser promised to keep Verder’s data', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => true } });
    await renderApp('en', { name: 'settings' });
    expect(await screen.findByText(/This browser keeps Verder's data/)).toBeInTheDocument();
  });

  it('explains what to do when it did not promise', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => false } });
    await renderApp('en', { name: 'settings' });
    expect(await screen.findByText(/Not asked yet|may delete Verder's data/)).toBeInTheDocument();
  });
});

describe('removing the offline files', () => {
  it('deletes every cache and unregisters the service worker', async () => {
    const deleted: string[] = [];
    const caches = {
      keys: async () => ['workbox-precache-v2', 'verder-languages'],
      delete: async (name: string) => deleted.push(name) > 0,
    } as unknown as CacheStorage;
    const unregister = vi.fn(async () => true);
    const container = { getRegistrations: async () => [{ unregister }] } as unknown as ServiceWorkerContainer;
    await removeOfflineFiles(caches, container);
    expect(deleted).toEqual(['workbox-precache-v2', 'verder-languages']);
    expect(unregister).toHaveBeenCalledOnce();
  });
});
