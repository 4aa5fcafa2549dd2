/**
 * The audit's M1 and M2 in a real browser, keyboard only: after a change inside a screen, focus is
 * on something sensible (never <body>) and the change is said once in the polite live region.
 * Covers the changes that were still silent after the announcer work, and the ones no other
 * browser test walked (check steps, Move up that removes its own button, Clear filters, keeping all
 * languages offline).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { announcer } from './announced';
import { addNote, openPlan, planText } from './planHelpers';
import { openApp, openMenuItem, screensFor } from './screens';

type Texts = Record<string, Record<string, string>>;
const read = (namespace: string) => JSON.parse(readFileSync(`locales/en/${namespace}.json`, 'utf8')) as Texts;
const common = read('common');
const showing = read('showing');
const check = read('check');
const contacts = read('contacts');

const visit = (name: string) => {
  const found = screensFor('en').find((screen) => screen.name === name);
  if (!found) throw new Error(`no screen ${name}`);
  return found;
};

/** What has focus, as the audit's script printed it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return '<body>';
    return `${active.tagName.toLowerCase()} ${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim()}`;
  });

async function press(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

test('topic: "Add to my plan" moves focus to "✓ In my plan" and says "Added to your plan."', async ({ page }) => {
  await openApp(page, 'en');
  await visit('topic-stopping-housing').open(page);
  await page
    .getByRole('button', { name: /^Add to my plan: / })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('p.add-to-plan__note').first()).toBeFocused();
  await expect(page.locator('p.add-to-plan__note').first()).toHaveText(`✓ ${planText('add.added')}`);
  await expect(announcer(page)).toHaveText(planText('add.announced'));
});

test('showing someone: a chosen second language and Stop showing keep focus and say the stop once', async ({
  page,
}) => {
  await openApp(page, 'en');
  await openMenuItem(page, 'en', 'nav.settings');
  await press(page, showing.settings?.start ?? '');
  const bar = page.getByRole('region', { name: showing.bar?.label });
  await expect(bar).toBeVisible();
  await bar.getByRole('button', { name: showing.bar?.moreTools }).focus();
  await page.keyboard.press('Enter');
  await bar.getByRole('button', { name: `${showing.bar?.secondLanguage}: ${showing.bar?.secondLanguageNone}` }).focus();
  await page.keyboard.press('Enter');
  await bar.getByRole('button', { name: 'ไทย', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(bar.getByRole('button', { name: `${showing.bar?.secondLanguage}: ไทย` })).toBeFocused();

  await openMenuItem(page, 'en', 'nav.home');
  await bar.getByRole('button', { name: showing.bar?.leave }).focus();
  await page.keyboard.press('Enter');
  await expect(bar).toHaveCount(0);
  await expect(page.locator('#screen-heading')).toBeFocused();
  await expect(announcer(page)).toHaveText(showing.bar?.stopped ?? '');
  expect(await focused(page)).not.toBe('<body>');
});

test('read aloud: one button changes its words, and after Stop or the end focus is on it, said once', async ({
  page,
}) => {
  // A local voice and a speech engine that ends when told to: the test decides when reading ends.
  await page.addInitScript(() => {
    const voices = [{ name: 'Local', lang: 'en-GB', localService: true, voiceURI: 'local', default: true }];
    const queue: SpeechSynthesisUtterance[] = [];
    // The real utterance takes only a real voice; this one takes the stand-in.
    class Utterance {
      lang = '';
      voice: unknown = null;
      onend: ((event: Event) => void) | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => voices });
    Object.defineProperty(window.speechSynthesis, 'speak', { value: (u: SpeechSynthesisUtterance) => queue.push(u) });
    Object.defineProperty(window.speechSynthesis, 'cancel', { value: () => (queue.length = 0) });
    Object.defineProperty(window.speechSynthesis, 'pause', { value: () => undefined });
    Object.defineProperty(window.speechSynthesis, 'resume', { value: () => undefined });
    (window as unknown as { endSpeech: () => void }).endSpeech = () => {
      const last = queue.at(-1);
      queue.length = 0;
      last?.onend?.(new Event('end') as SpeechSynthesisEvent);
    };
  });
  await openApp(page, 'en');
  const group = page.getByRole('group', { name: common.readAloud?.label });
  const toggle = group.getByRole('button').first();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveText(common.readAloud?.pause ?? '');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveText(common.readAloud?.resume ?? '');
  await expect(toggle).toBeFocused();

  // Stop: the Stop button goes; focus is on Read aloud.
  await page.keyboard.press('Tab');
  await expect(group.getByRole('button', { name: common.readAloud?.stop })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(group.getByRole('button', { name: common.readAloud?.stop })).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveText(common.readAloud?.play ?? '');
  await expect(announcer(page)).toHaveText(common.readAloud?.stopped ?? '');

  // The end of the text, with focus on Stop.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(group.getByRole('button', { name: common.readAloud?.stop })).toBeFocused();
  await page.evaluate(() => (window as unknown as { endSpeech: () => void }).endSpeech());
  await expect(toggle).toBeFocused();
  await expect(announcer(page)).toHaveText(common.readAloud?.finished ?? '');
});

test('the check: starting, going back and reaching the result never leave focus on <body>', async ({ page }) => {
  await openApp(page, 'en');
  await visit('check-intro').open(page);
  await press(page, check.intro?.start ?? '');
  await expect(page.getByRole('group')).toBeVisible();
  expect(await focused(page)).not.toBe('<body>');
  await press(page, check.nav?.skip ?? '');
  expect(await focused(page)).not.toBe('<body>');
  await page.getByRole('main').getByRole('button', { name: check.nav?.back, exact: true }).last().focus();
  await page.keyboard.press('Enter');
  expect(await focused(page)).not.toBe('<body>');
  // Skip to the end: the result's heading takes focus.
  for (let step = 0; step < 20; step += 1) {
    const skip = page.getByRole('button', { name: check.nav?.skip, exact: true });
    if ((await skip.count()) === 0) break;
    await press(page, check.nav?.skip ?? '');
    expect(await focused(page)).not.toBe('<body>');
  }
  await expect(page.locator('#screen-heading')).toBeFocused();
});

test('plan: Move up that removes its own button keeps focus on the item', async ({ page }) => {
  await openApp(page, 'en');
  await openPlan(page);
  for (const note of ['one', 'two', 'three']) await addNote(page, note);
  // The saved item takes focus once its form has gone; only then is the next key pressed.
  await expect(page.locator('li.plan-item', { hasText: 'three' })).toBeFocused();
  await press(page, `${planText('item.moveUp')}: two`);
  // "two" is first now, so its Move up is gone: focus is on its Move down, and the new place is said.
  // Checked for a while: the list is redrawn when the plan's view catches up, after the write.
  const moveDown = page.getByRole('button', { name: `${planText('item.moveDown')}: two` });
  await expect(moveDown).toBeFocused();
  await expect(announcer(page)).toHaveText('Moved. Now 1 of 3.');
  await page.waitForTimeout(1500);
  await expect(moveDown).toBeFocused();
});

test('plan: Undo after a deletion is still there after another screen, in its place, and said on return (M6)', async ({
  page,
}) => {
  await openApp(page, 'en');
  await openPlan(page);
  for (const note of ['one', 'two', 'three']) await addNote(page, note);
  await page.getByRole('button', { name: `${planText('item.delete')}: two` }).click();
  const notes = page.getByRole('region', { name: planText('sections.note.title') });
  await expect(notes.getByRole('button', { name: planText('item.undo'), exact: true })).toBeFocused();

  await openMenuItem(page, 'en', 'nav.home');
  await expect(notes).toHaveCount(0);
  await openPlan(page);
  const undo = notes.getByRole('button', { name: planText('item.undo'), exact: true });
  await expect(undo).toBeVisible();
  const slot = notes.locator('li.plan-item--deleted');
  await expect(slot.locator('xpath=preceding-sibling::li[1]')).toContainText('one');
  await expect(slot.locator('xpath=following-sibling::li[1]')).toContainText('three');
  await expect(announcer(page)).toHaveText(planText('item.undoStillPossible'));

  await undo.click();
  await expect(page.locator('li.plan-item', { hasText: 'two' })).toBeFocused();
  await expect(announcer(page)).toHaveText(planText('item.restored'));
});

test('find help: Clear filters keeps focus and says the filters are cleared', async ({ page }) => {
  await openApp(page, 'en');
  await visit('contacts').open(page);
  await page.getByText(contacts.filters?.heading ?? '', { exact: true }).click();
  await page.getByRole('checkbox', { name: contacts.filters?.free }).check();
  const clear = page.getByRole('button', { name: contacts.filters?.clearAll });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: contacts.filters?.free })).not.toBeChecked();
  await expect(clear).toBeFocused();
  await expect(clear).toHaveAttribute('aria-disabled', 'true');
  await expect(announcer(page)).toHaveText(contacts.filters?.cleared ?? '');
});

test('settings: "Make all languages available offline" keeps focus while it works', async ({ page }) => {
  await openApp(page, 'en');
  await openMenuItem(page, 'en', 'nav.settings');
  const keep = page.getByRole('button', { name: common.language?.keepAll });
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(keep).toBeFocused();
  await expect(
    page
      .locator('main')
      .getByText(/of 10 languages|All languages are now on this phone/)
      .first(),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(keep).toBeFocused();
});

test('B1: after the skip link, quick exit and Back do not show Verder again (the audit’s own steps)', async ({
  page,
}) => {
  await page.route('https://www.buienradar.nl/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><p>Het weer</p>' }),
  );
  await page.goto('about:blank');
  await openApp(page, 'en');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: String(common.skipToContent) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(new URL(page.url()).hash).toBe('');
  await page.getByRole('button', { name: /Quick exit/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('https://www.buienradar.nl/');
  await page.goBack();
  expect(page.url()).not.toContain('127.0.0.1');
});

test('inline questions and refused forms: focus on the safe choice, back on the trigger, on the wrong field', async ({
  page,
}) => {
  await openApp(page, 'en');
  // The check's "Erase my answers": the question focuses "Keep them", which goes back to the trigger.
  await visit('check-intro').open(page);
  await press(page, check.intro?.start ?? '');
  for (let step = 0; step < 20; step += 1) {
    const skip = page.getByRole('button', { name: check.nav?.skip, exact: true });
    if ((await skip.count()) === 0) break;
    await press(page, check.nav?.skip ?? '');
  }
  const erase = page.getByRole('button', { name: check.result?.erase, exact: true });
  await expect(erase).toBeVisible();
  await press(page, check.result?.erase ?? '');
  const keepThem = (check.result as unknown as { eraseConfirm: Record<string, string> }).eraseConfirm.cancel ?? '';
  await expect(page.getByRole('button', { name: keepThem, exact: true })).toBeFocused();
  await press(page, keepThem);
  await expect(erase).toBeFocused();

  // Delete everything: "No, keep it" has focus, and gives it back to "Delete everything".
  await openPlan(page);
  await page
    .getByRole('link', { name: planText('lockAndCopies') })
    .first()
    .click();
  await press(page, planText('erase.button'));
  await expect(page.getByRole('button', { name: planText('erase.cancel') })).toBeFocused();
  await expect(announcer(page, 'assertive')).toHaveText(planText('erase.confirm'));
  await press(page, planText('erase.cancel'));
  await expect(page.getByRole('button', { name: planText('erase.button') })).toBeFocused();

  // The lock form refused: focus on the first wrong field.
  const lock = page.getByRole('region', { name: planText('lock.title') });
  await lock.getByLabel(planText('lock.passphrase'), { exact: true }).fill('abc');
  await lock.getByRole('button', { name: planText('lock.create') }).focus();
  await page.keyboard.press('Enter');
  await expect(lock.getByLabel(planText('lock.passphrase'), { exact: true })).toBeFocused();
});
