import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

export interface PrivateCopy {
  url: string;
  /** Stops the server, as a phone with no signal sees it; safe to call twice. */
  close: () => Promise<void>;
  /** Stops the server if it still runs and deletes the copy. */
  dispose: () => Promise<void>;
}

/**
 * A private copy of dist/ served on its own port: its own origin, so its own service worker, and a
 * server a test can stop without touching the one every other test uses.
 */
export async function servePrivateCopy(port: number): Promise<PrivateCopy> {
  const root = mkdtempSync(join(tmpdir(), 'verder-webkit-dist-'));
  cpSync('dist', root, { recursive: true });
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { outDir: root },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  let isOpen = true;
  const close = async () => {
    if (!isOpen) return;
    isOpen = false;
    await server.close();
  };
  return {
    url: `http://127.0.0.1:${port}/`,
    close,
    dispose: async () => {
      await close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
