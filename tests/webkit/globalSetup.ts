/**
 * Starts what the WebKit suite needs and stops it afterwards: the production build served by
 * `vite preview` on its own port, and WebKitWebDriver inside a virtual X display (WebKitGTK has no
 * headless mode, hence xvfb-run). Fails loudly, with the install command, when the packages are missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { appUrl, driverPort, previewPort } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where MiniBrowser saves downloads: the driver's own home folder. */
    downloadDir: string;
  }
}

export const installHint =
  'Install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb';

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function waitFor(url: string, isReady: (response: Response) => boolean, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver stopped at start (exit code ${driver.exitCode}).`);
    try {
      if (isReady(await fetch(url))) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within 30 s.`);
}

let server: PreviewServer | undefined;
let driver: ChildProcess | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const missing = ['WebKitWebDriver', 'xvfb-run'].filter((command) => !onPath(command));
  if (missing.length > 0) {
    const message = `\n✖ The WebKit suite cannot run: ${missing.join(' and ')} not found.\n  ${installHint}\n`;
    console.error(message);
    throw new Error(message);
  }
  if (!existsSync('dist/index.html'))
    throw new Error('No production build in dist/: run `node_modules/.bin/vite build`.');

  server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: previewPort, strictPort: true },
  });

  // A home folder of its own: MiniBrowser saves downloads there, and nothing touches the real one.
  home = mkdtempSync(join(tmpdir(), 'verder-webkit-home-'));
  mkdirSync('test-results', { recursive: true });
  const log = createWriteStream('test-results/webkit-driver.log');
  driver = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${driverPort}`, '--host=127.0.0.1'],
    {
      // Its own process group, so teardown ends xvfb-run, Xvfb, the driver and every browser at once.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_CACHE_HOME: join(home, '.cache'),
        XDG_DATA_HOME: join(home, '.local/share'),
        // The C locale: navigator.language is then not one Verder has, so Verder starts in Dutch.
        LANG: 'C.UTF-8',
        LANGUAGE: '',
        LC_ALL: '',
      },
    },
  );
  driver.stdout?.pipe(log);
  driver.stderr?.pipe(log);
  await waitFor(`http://127.0.0.1:${driverPort}/status`, (response) => response.ok, driver);
  await waitFor(appUrl, (response) => response.ok, driver);
  project.provide('downloadDir', home);
}

export async function teardown(): Promise<void> {
  if (driver?.pid !== undefined && driver.exitCode === null) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await server?.close();
  if (home) rmSync(home, { recursive: true, force: true });
}
