// @vitest-environment node
/**
 * The first script (src/firstScript/quick-exit.js) handles quick exit until the app has hydrated, so
 * it must agree with the app on where quick exit goes, on the per-tab flag that says "left", on the
 * mark that the app has taken over, and on what counts as Shift three times.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstScriptSource, firstScriptUrl } from '../../scripts/firstScriptPlugin';
import type { SettingKey } from '../../src/data';
import { shiftExitOffAttribute, shiftQuickExitSettingKey } from '../../src/data/names';
import { defaultExitUrl } from '../../src/lib/exitUrl';
import { steppedOffGuardAttribute } from '../../src/lib/historyGuard';
import { guardMark } from '../../src/lib/historyMarks';
import { appReadyAttribute, leftFlag } from '../../src/lib/quickExit';
import { quickExitShiftRule } from '../../src/lib/shiftSequence';
import { channelName } from '../../src/lib/tabSignals';
import { productionBuild } from './productionBuild';

const script = readFileSync(firstScriptSource, 'utf8');
const constant = (name: string) => new RegExp(`var ${name} = ([^;]+);`).exec(script)?.[1];

describe('the first script and the app', () => {
  it('use the same session flag and the same mark for "the app runs"', () => {
    expect(constant('leftFlag')).toBe(`'${leftFlag}'`);
    expect(constant('readyAttribute')).toBe(`'${appReadyAttribute}'`);
  });

  it("hear another tab's quick exit on the same channel, with the same word", () => {
    expect(constant('tabChannel')).toBe(`'${channelName}'`);
    expect(script).toContain("event.data === 'exit'");
  });

  it('know the Back guard by the same mark, and tell each other who stepped off it after a reload', () => {
    expect(constant('guardMark')).toBe(`'${guardMark}'`);
    expect(constant('steppedOffGuardAttribute')).toBe(`'${steppedOffGuardAttribute}'`);
    // One step back only, never a jump that could leave Verder.
    expect(script).toContain('window.history.back();');
    expect(script).not.toMatch(/history\.go\(/);
  });

  it('count Shift presses by the same rule', () => {
    expect(Number(constant('presses'))).toBe(quickExitShiftRule.presses);
    expect(Number(constant('withinMs'))).toBe(quickExitShiftRule.withinMs);
    expect(Number(constant('longestPressMs'))).toBe(quickExitShiftRule.longestPressMs);
  });

  it("read the service worker's mark for Shift three times turned off, named after the app's setting", () => {
    expect(constant('shiftOffAttribute')).toBe(`'${shiftExitOffAttribute}'`);
    const key: SettingKey = shiftQuickExitSettingKey;
    expect(key).toBe('shiftQuickExit');
  });

  it('leave only with location.replace, never a link or assign', () => {
    expect(script).toContain('location.replace(exitUrl)');
    expect(script).not.toMatch(/location\.assign|location\.href\s*=|window\.open|pushState/);
  });
});

describe('a build with its own exit address', () => {
  const exitUrl = 'https://example.org/weer';
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'verder-first-script-'));
    await productionBuild(dist, { VITE_EXIT_URL: exitUrl });
  }, 120_000);

  it('gives the first script and the app the same exit address, in every prerendered page', () => {
    expect(exitUrl).not.toBe(defaultExitUrl);
    for (const page of ['index.html', 'start/ar.html', 'language/en.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html).toContain(`<meta name="verder-exit" content="${exitUrl}" />`);
      // Loaded first, before any stylesheet or the app: a classic script, not a module.
      expect(html.indexOf(`<script src="${firstScriptUrl}"></script>`)).toBeLessThan(html.indexOf('rel="stylesheet"'));
      const main = /<meta name="verder-app" content="\/([^"]+)"/.exec(html)?.[1] ?? '';
      expect(readFileSync(join(dist, main), 'utf8')).toContain(exitUrl);
    }
    expect(readFileSync(join(dist, firstScriptUrl.slice(1)), 'utf8')).toContain('verder-exit');
  });

  it('asks for the stylesheet before the first script, as the stylesheet tag asks for it', () => {
    for (const page of ['index.html', 'start/ar.html', 'language/en.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      const href = /<link rel="stylesheet" crossorigin href="([^"]+)">/.exec(html)?.[1] ?? 'none';
      // The same address and crossorigin mode, or the browser would fetch the stylesheet twice.
      const preload = html.indexOf(`<link rel="preload" as="style" crossorigin href="${href}" />`);
      expect(preload).toBeGreaterThan(0);
      expect(preload).toBeLessThan(html.indexOf(`<script src="${firstScriptUrl}"></script>`));
    }
  });
});
