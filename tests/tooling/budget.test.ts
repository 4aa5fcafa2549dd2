// @vitest-environment node
/**
 * Byte budgets for a cheap phone on prepaid data. Bytes are deterministic, so they are a test;
 * times are not, so they live in `npm run bench`.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetsKiB, measureBuild, type BuildSizes } from '../../scripts/measureBuild.mjs';
import { productionBuild } from './productionBuild';

let sizes: BuildSizes;
let outDir: string;
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'verder-budget-'));
  await productionBuild(outDir, {});
  sizes = measureBuild(outDir);
  console.log('gzip KiB', { initialJs: kib(sizes.initialJs), css: kib(sizes.css), precache: kib(sizes.precache) });
}, 120_000);

describe('the production build', () => {
  it(`keeps the initial JavaScript within ${budgetsKiB.initialJs} KiB gzip`, () => {
    expect(sizes.initialJsFiles.length).toBeGreaterThan(0);
    expect(kib(sizes.initialJs)).toBeLessThanOrEqual(budgetsKiB.initialJs);
  });

  it(`keeps the CSS within ${budgetsKiB.css} KiB gzip`, () => {
    expect(sizes.css).toBeGreaterThan(0);
    expect(kib(sizes.css)).toBeLessThanOrEqual(budgetsKiB.css);
  });

  it(`keeps the whole first-visit precache within ${budgetsKiB.precache} KiB gzip`, () => {
    expect(kib(sizes.precache)).toBeLessThanOrEqual(budgetsKiB.precache);
  });

  it(`keeps a first visit in any one language within ${budgetsKiB.precache} KiB gzip`, () => {
    expect(Object.keys(sizes.locales).length).toBe(10);
    expect(kib(sizes.firstVisitWorstLanguage)).toBeLessThanOrEqual(budgetsKiB.precache);
  });

  it(`keeps each language pack within ${budgetsKiB.localePack} KiB gzip, outside the initial JavaScript`, () => {
    expect(Object.keys(sizes.locales).sort()).toEqual(expect.arrayContaining(['en', 'nl']));
    expect(Object.keys(sizes.localePacks).length).toBeGreaterThanOrEqual(10);
    for (const [pack, bytes] of Object.entries(sizes.localePacks)) {
      expect({ pack, kib: kib(bytes) <= budgetsKiB.localePack }).toEqual({ pack, kib: true });
    }
    expect(sizes.initialJsFiles.some((file) => file.includes('locale-'))).toBe(false);
  });

  // Each library by a string only it has: the database library (Dexie), the validation library (zod)
  // and the service worker's helper (workbox-window) load after the first screen, on demand.
  it.each([
    ['Dexie', 'storagemutated'],
    ['zod', 'Encountered Promise during synchronous parse'],
    ['workbox-window', 'SKIP_WAITING'],
  ])('leaves %s out of the initial JavaScript, in a chunk of its own', (_library, marker) => {
    const read = (file: string) => readFileSync(join(outDir, file.replace(/^\//, '')), 'utf8');
    expect(sizes.initialJsFiles.filter((file) => read(file).includes(marker))).toEqual([]);
    const chunks = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
    expect(chunks.some((name) => read(`assets/${name}`).includes(marker))).toBe(true);
  });
});
