import { readFileSync } from 'node:fs';
import type axeCore from 'axe-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  fill,
  literal,
  openApp,
  openBrowser,
  openFromMenu,
  saveFailureScreenshot,
  text,
  xpath,
  type Browser,
  tap,
  waitShown,
} from './session';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const nl = (namespace: string, key: string) => text('nl', namespace, key);

/** axe-core, injected by WebDriver (the page's CSP does not apply to it), on the whole page at rest. */
async function violations(browser: Browser): Promise<string[]> {
  await browser.execute(() => document.getElementById('screen-scroll')?.scrollTo(0, 0));
  if (!(await browser.execute(() => 'axe' in window))) await browser.execute(axeSource);
  const result = await browser.executeAsync((runTags: string[], done: (result?: string) => void) => {
    const axe = (window as unknown as { axe: typeof axeCore }).axe;
    axe
      .run(document, { runOnly: { type: 'tag', values: runTags } })
      .then((results) =>
        done(
          JSON.stringify(
            results.violations.map(
              (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
            ),
          ),
        ),
      )
      .catch((error: unknown) => done(`axe failed: ${String(error)}`));
  }, tags);
  if (!result?.startsWith('[')) throw new Error(result ?? 'axe returned nothing');
  return JSON.parse(result) as string[];
}

// One browser for every screen: the screens only read, and the plan note added on one stays useful.
describe('axe in WebKit, in Dutch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    await openApp(browser, 'nl');
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await saveFailureScreenshot(browser);
  });
  afterAll(async () => {
    await browser?.deleteSession();
  });

  test('axe finds nothing on the start screen', async () => {
    await openFromMenu(browser, 'nl', 'nav.home', nl('home', 'title'));
    expect(await violations(browser)).toEqual([]);
  });

  test('axe finds nothing on My plan with a note and a form showing its errors', async () => {
    await openFromMenu(browser, 'nl', 'nav.plan', nl('plan', 'title'));
    const notes = browser.$(xpath.region(nl('plan', 'sections.note.title')));
    await tap(notes.$(xpath.button(nl('plan', 'sections.note.add'))));
    await notes.$(xpath.field(nl('plan', 'fields.note.text'))).setValue('Verder 2026');
    await tap(notes.$(xpath.button(nl('plan', 'sections.note.add'))));
    await waitShown(browser, () => browser.$(xpath.text('Verder 2026')));
    const goals = browser.$(xpath.region(nl('plan', 'sections.goal.title')));
    await tap(goals.$(xpath.button(nl('plan', 'sections.goal.add'))));
    await tap(goals.$(xpath.button(nl('plan', 'sections.goal.add'))));
    await goals.$(xpath.text(nl('plan', 'errors.required'))).waitForDisplayed();
    expect(await violations(browser)).toEqual([]);
  });

  test('axe finds nothing on the lock, copy and delete screen', async () => {
    await openFromMenu(browser, 'nl', 'nav.plan', nl('plan', 'title'));
    await tap(browser.$(`//a[normalize-space(.)=${literal(nl('plan', 'lockAndCopies'))}]`));
    await browser.$(xpath.h1(nl('plan', 'lockAndCopies'))).waitForDisplayed();
    expect(await violations(browser)).toEqual([]);
  });

  test('axe finds nothing on Find help with the contacts near Zwolle', async () => {
    await openFromMenu(browser, 'nl', 'nav.contacts', nl('contacts', 'screen.title'));
    const input = browser.$(xpath.field(nl('contacts', 'search.label')));
    await fill(input, 'Zwolle');
    await browser.keys('Enter');
    await browser
      .$(`//h2[normalize-space(.)=${literal(nl('contacts', 'search.localHeading').replace('{{place}}', 'Zwolle'))}]`)
      .waitForDisplayed();
    expect(await violations(browser)).toEqual([]);
  });

  test('axe finds nothing on the first question of Where do I start?', async () => {
    await openFromMenu(browser, 'nl', 'nav.check', nl('check', 'intro.title'));
    await tap(browser.$(xpath.button(nl('check', 'intro.start'))));
    await browser.$('fieldset').waitForDisplayed();
    expect(await violations(browser)).toEqual([]);
  });

  test('axe finds nothing on Settings', async () => {
    await openFromMenu(browser, 'nl', 'nav.settings', nl('common', 'nav.settings'));
    expect(await violations(browser)).toEqual([]);
  });

  test('the axe check itself reports an image planted without a text alternative', async () => {
    await browser.execute(() => {
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      image.id = 'planted-image';
      document.getElementById('screen')?.append(image);
    });
    expect(await violations(browser)).toContain('image-alt: #planted-image');
    await browser.execute(() => document.getElementById('planted-image')?.remove());
  });
});
