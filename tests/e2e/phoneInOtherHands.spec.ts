/**
 * A phone in someone else's hands: the person who checks the phone — with or without its code —
 * learns nothing Verder could have hidden, and Back never brings Verder back. Each test names the
 * threat it covers.
 */
import { expect, test, type Page } from '@playwright/test';
import { deleteEverything, dumpOrigin, openLockAndCopies, openPlan, planText, setUpLock } from './planHelpers';
import { openApp, openMenuItem, screensFor, waitForApp } from './screens';
import { announcer } from './announced';

const neutralSite = 'https://www.buienradar.nl/';

test.beforeEach(async ({ context }) => {
  // The sandbox has no internet: stand in for the neutral site (and any outside page) so landings can be checked.
  await context.route('https://**/*', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><p>Het weer</p>' }),
  );
});

async function openCheck(page: Page) {
  await openMenuItem(page, 'en', 'nav.check');
  await expect(page.getByRole('heading', { level: 1, name: 'Where do I start?' })).toBeVisible();
}

/** Answers "thinking about stopping" and "someone else decides": the most dangerous answers there are. */
async function answerUnderControl(page: Page) {
  await openCheck(page);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  const answers: Record<number, string> = { 1: 'I sometimes think about doing less or stopping', 4: 'Yes' };
  for (let question = 1; question <= 8; question++) {
    const label = answers[question];
    if (label) {
      await page.getByLabel(label, { exact: true }).check();
      await page.getByRole('button', { name: /^(Next|See where to start)$/ }).click();
    } else await page.getByRole('button', { name: 'Skip this question' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Start here' })).toBeVisible();
}

// The question ids and chosen option ids as the answers record holds them.
const answerIds = ['considering', 'control'];

test.describe('check answers (threat: someone who opens "Where do I start?" on the person’s phone)', () => {
  test('with a lock, answers showing someone else in control are sealed: no answer in any store, and no result until unlock', async ({
    page,
  }) => {
    await openApp(page, 'en');
    await openPlan(page);
    await setUpLock(page, 'three words in a row');
    await answerUnderControl(page);
    await expect(page.locator('#screen').getByText('Your answers are kept locked with your plan.')).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).waitFor();
    await openPlan(page);
    await page.getByRole('button', { name: planText('lockNow') }).click();
    const dump = await dumpOrigin(page, { withCaches: false });
    expect(dump).toContain('check-answers');
    for (const id of answerIds) expect(dump.includes(`"${id}"`)).toBe(false);
    await page.reload();
    await openCheck(page);
    await expect(page.locator('#screen').getByText(/They are locked with your plan/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show my answers' })).toHaveCount(0);
    await expect(page.locator('.safety-first')).toHaveCount(0);
    await page.getByLabel(planText('unlock.passphrase')).fill('three words in a row');
    await page.getByRole('button', { name: planText('unlock.open') }).click();
    await page.getByRole('button', { name: 'Show my answers' }).click();
    await expect(page.locator('.safety-first')).toBeVisible();
  });

  test('without a lock and without "keep", a reload leaves nothing of the answers stored', async ({ page }) => {
    await openApp(page, 'en');
    await answerUnderControl(page);
    await page.reload();
    const dump = await dumpOrigin(page, { withCaches: false });
    expect(dump.includes('check-answers')).toBe(false);
    for (const id of answerIds) expect(dump.includes(`"${id}"`)).toBe(false);
    await openCheck(page);
    await expect(page.getByRole('button', { name: 'Show my answers' })).toHaveCount(0);
  });
});

async function openFindHelp(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Find help', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find help' })).toBeVisible();
}

test.describe('the place kept from Find help (threat: someone who opens Verder learns where the person lives or works)', () => {
  test('with a lock, a kept place is sealed: not in any store, and not offered until the plan is opened', async ({
    page,
  }) => {
    await openApp(page, 'en');
    await openPlan(page);
    await setUpLock(page, 'three words in a row');
    await openFindHelp(page);
    const search = page.getByLabel('Type your town or city');
    await search.fill('Zwolle');
    await search.press('Enter');
    await page.getByRole('button', { name: 'Keep Zwolle in my plan' }).click();
    await expect(page.locator('#screen').getByText('Zwolle is kept in your plan.')).toBeVisible();
    await openPlan(page);
    await expect(page.getByRole('heading', { name: 'Place for Find help' })).toBeVisible();
    await page.getByRole('button', { name: planText('lockNow') }).click();
    const dump = await dumpOrigin(page, { withCaches: false });
    expect(dump).toContain('saved-place');
    expect(dump.toLowerCase().includes('zwolle')).toBe(false);

    await page.reload();
    await openFindHelp(page);
    await expect(page.getByLabel('Type your town or city')).toHaveValue('');
    await expect(page.getByRole('button', { name: /in my plan/ })).toHaveCount(0);
    await openPlan(page);
    await page.getByLabel(planText('unlock.passphrase')).fill('three words in a row');
    await page.getByRole('button', { name: planText('unlock.open') }).click();
    await expect(page.getByRole('heading', { name: 'Place for Find help' })).toBeVisible();
    await openFindHelp(page);
    await page.getByRole('button', { name: 'Use the place kept in my plan' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Near Zwolle' })).toBeVisible();
  });
});

/** Every control a person can tap or focus in the page, except quick exit itself. */
async function controlCount(page: Page): Promise<number> {
  return page.locator('a[href], button:not(.quick-exit), input, select, textarea, summary').count();
}

async function activate(page: Page, index: number): Promise<void> {
  const control = page.locator('a[href], button:not(.quick-exit), input, select, textarea, summary').nth(index);
  if ((await control.count()) === 0) return;
  if (!(await control.isVisible())) {
    // The skip link is visible only with focus; keyboard users reach it that way.
    await control.focus({ timeout: 2000 }).catch(() => undefined);
    if (!(await control.evaluate((element) => element === document.activeElement).catch(() => false))) return;
    await page.keyboard.press('Enter');
    return;
  }
  const href = (await control.getAttribute('href')) ?? '';
  // Calls, texts and mail hand over to another app; the page itself stays (and Chromium here has none).
  if (/^(tel|sms|mailto):/.test(href)) {
    await control.focus({ timeout: 2000 });
    return;
  }
  // Only a link to a page outside Verder opens a tab (a note may come first); wait for one only then.
  const mayOpenTab = (await control.getAttribute('target')) === '_blank';
  const popup = mayOpenTab
    ? page
        .context()
        .waitForEvent('page', { timeout: 1500 })
        .catch(() => null)
    : Promise.resolve(null);
  await control.click({ timeout: 3000 }).catch(() => undefined);
  const opened = await popup;
  await opened?.close();
}

const walks = [
  { name: 'the start screen', open: async (page: Page) => screensFor('en')[0]?.open(page) },
  {
    name: 'a topic',
    open: async (page: Page) =>
      screensFor('en')
        .find((screen) => screen.name.startsWith('topic-'))
        ?.open(page),
  },
  {
    name: 'a guide',
    open: async (page: Page) =>
      screensFor('en')
        .find((screen) => screen.name.startsWith('guide-'))
        ?.open(page),
  },
  {
    name: 'the contacts',
    open: async (page: Page) =>
      screensFor('en')
        .find((screen) => screen.name === 'contacts-search')
        ?.open(page),
  },
  {
    name: 'the plan',
    open: async (page: Page) =>
      screensFor('en')
        .find((screen) => screen.name === 'plan-filled')
        ?.open(page),
  },
  {
    name: 'the incident log',
    open: async (page: Page) =>
      screensFor('en')
        .find((screen) => screen.name === 'incidents')
        ?.open(page),
  },
  {
    name: 'the booking check-in',
    open: async (page: Page) =>
      screensFor('en')
        .find((screen) => screen.name === 'check-in-active')
        ?.open(page),
  },
];

test.describe('quick exit (threat: Back or Forward after quick exit shows Verder again)', () => {
  for (const walk of walks) {
    test(`after activating every control on ${walk.name}, quick exit leaves no Verder entry behind Back or Forward`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await page.goto('about:blank');
      await openApp(page, 'en');
      const lengthBefore = await page.evaluate(() => history.length);
      await walk.open(page);
      const total = await controlCount(page);
      expect(total).toBeGreaterThan(3);
      const heading = await page.locator('h1').innerText();
      for (let index = 0; index < total; index++) {
        // Back on the screen only when the last control left it (a link to another screen).
        if (
          (await page
            .locator('h1')
            .innerText()
            .catch(() => '')) !== heading
        )
          await walk.open(page);
        // A control can turn into text once used (e.g. "Add to my plan"): the list may have got shorter.
        if (index >= (await controlCount(page))) break;
        await activate(page, index);
        expect(new URL(page.url()).hash).toBe('');
        // At most the one guard entry that makes Back go to the previous screen (src/lib/historyGuard.ts).
        expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(lengthBefore + 1);
      }
      await page.getByRole('button', { name: /Quick exit/ }).click();
      await page.waitForURL(neutralSite);
      await page.goBack();
      expect(page.url()).not.toContain('127.0.0.1');
      // Forward twice: the neutral site, then a guard entry that may be left forward of it.
      for (let step = 0; step < 2; step++) {
        await page.goForward();
        await expect(page).toHaveURL(neutralSite);
        await expect(page.locator('#root')).toHaveCount(0);
      }
    });
  }

  test('a fragment entry pushed anyway is stepped over: Back and Forward land on the neutral site', async ({
    page,
  }) => {
    await page.goto('about:blank');
    await openApp(page, 'en');
    // Something outside Verder's control (a browser feature, an extension) adds a same-document entry.
    await page.evaluate(() => history.pushState(null, '', '#main'));
    await page.getByRole('button', { name: /Quick exit/ }).click();
    await page.waitForURL(neutralSite);
    await page.goBack();
    expect(page.url()).not.toContain('127.0.0.1');
    await page.goForward();
    await page.waitForURL(neutralSite);
    expect(await page.title()).toBe('Weer');
  });

  test('the skip link moves focus without adding a history entry', async ({ page }) => {
    await openApp(page, 'en');
    const before = await page.evaluate(() => history.length);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(new URL(page.url()).hash).toBe('');
  });

  test('quick exit in one tab leaves Verder in every other open tab (threat: a second tab left open)', async ({
    context,
  }) => {
    const first = await context.newPage();
    await openApp(first, 'en');
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.locator('h1')).toBeVisible();
    await first.getByRole('button', { name: /Quick exit/ }).click();
    await first.waitForURL(neutralSite);
    await second.waitForURL(neutralSite);
  });
});

test.describe('read aloud (threat: the screen text sent to a speech company)', () => {
  test('is hidden when the device has only network voices for the language', async ({ page }) => {
    await page.addInitScript(() => {
      const voices = [{ name: 'Cloud', lang: 'en-GB', localService: false, voiceURI: 'cloud', default: true }];
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => voices });
    });
    await openApp(page, 'en');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
  });

  test('stops speaking the plan when it is locked', async ({ page }) => {
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { speechLog: string[] }).speechLog = log;
      const voices = [{ name: 'Local', lang: 'en-GB', localService: true, voiceURI: 'local', default: true }];
      // Chromium here has no voices, and a real utterance refuses a stand-in voice object.
      class FakeUtterance extends EventTarget {
        lang = '';
        voice: unknown = null;
        onend: (() => void) | null = null;
        constructor(readonly text: string) {
          super();
        }
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
      Object.defineProperties(window.speechSynthesis, {
        getVoices: { value: () => voices },
        speak: { value: () => log.push('speak') },
        cancel: { value: () => log.push('cancel') },
      });
    });
    await openApp(page, 'en');
    await openPlan(page);
    await setUpLock(page, 'three words in a row');
    await openPlan(page);
    await page.getByRole('button', { name: 'Read aloud' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    const before = await page.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog.length);
    await page.getByRole('button', { name: planText('lockNow') }).click();
    await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
    const after = await page.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog.slice(0));
    expect(after.slice(before)).toContain('cancel');
  });
});

/** Changes the rounds in the stored lock record, as someone with developer tools could. */
async function setStoredIterations(page: Page, iterations: number): Promise<void> {
  await page.evaluate(
    (rounds) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('verder');
        open.onsuccess = () => {
          const store = open.result.transaction('planMeta', 'readwrite').objectStore('planMeta');
          const get = store.get('lock');
          get.onsuccess = () => {
            const lock = get.result as { kdf: { iterations: number } };
            lock.kdf.iterations = rounds;
            store.put(lock).onsuccess = () => {
              open.result.close();
              resolve();
            };
          };
        };
      }),
    iterations,
  );
}

test.describe('the stored lock (threat: a lock record changed through developer tools)', () => {
  test('a lock asking for 4,294,967,295 rounds is refused with a message within a second', async ({ page }) => {
    await openApp(page, 'en');
    await openPlan(page);
    await setUpLock(page, 'three words in a row');
    await setStoredIterations(page, 4_294_967_295);
    await page.reload();
    await openPlan(page);
    await page.getByLabel(planText('unlock.passphrase')).fill('three words in a row');
    const started = Date.now();
    await page.getByRole('button', { name: planText('unlock.open') }).click();
    await expect(page.locator('#screen').getByText(planText('unlock.damaged'))).toBeVisible({ timeout: 1000 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('Cancel ends a key derivation that is still running', async ({ page }) => {
    await openApp(page, 'en');
    await openPlan(page);
    await setUpLock(page, 'three words in a row');
    // The most rounds a valid lock may ask: long enough to cancel on any machine.
    await setStoredIterations(page, 2_000_000);
    await page.reload();
    await openPlan(page);
    await page.getByLabel(planText('unlock.passphrase')).fill('three words in a row');
    await page.getByRole('button', { name: planText('unlock.open') }).click();
    // From the keyboard, as soon as it is there: a pointer tap can be held up by layout on a busy
    // machine until the derivation has ended, and then there is nothing left to cancel.
    const cancel = page.getByRole('button', { name: planText('unlock.cancel') });
    await cancel.focus();
    await page.keyboard.press('Enter');
    // In the page, not in the announcer, which may still hold the words for a few seconds.
    await expect(page.locator('main').getByText(planText('unlock.opening'))).toHaveCount(0);
    await expect(page.getByRole('heading', { name: planText('unlock.title') })).toBeVisible();
  });
});

test.describe('passphrase fields (threat: the browser saves the passphrase and fills it in for anyone)', () => {
  test('new passphrases are marked new-password, and the unlock field is not a password field a manager fills', async ({
    page,
  }) => {
    await openApp(page, 'en');
    await openLockAndCopies(page);
    const lock = page.getByRole('region', { name: planText('lock.title') });
    for (const label of [planText('lock.passphrase'), planText('lock.repeat')]) {
      await expect(lock.getByLabel(label, { exact: true })).toHaveAttribute('autocomplete', 'new-password');
    }
    await expect(lock.getByText(planText('lock.dontSave'))).toBeVisible();
    await setUpLock(page, 'three words in a row');
    await openPlan(page);
    await page.getByRole('button', { name: planText('lockNow') }).click();
    const unlock = page.getByLabel(planText('unlock.passphrase'));
    await expect(unlock).toHaveAttribute('type', 'text');
    await expect(unlock).toHaveAttribute('autocomplete', 'off');
    expect(
      await unlock.evaluate((element) => getComputedStyle(element).getPropertyValue('-webkit-text-security')),
    ).toBe('disc');
    expect(await page.locator('input[type="password"]').count()).toBe(0);
  });
});

test('delete everything removes the databases, the caches and the service worker (threat: traces left in the browser’s files)', async ({
  page,
}) => {
  await openApp(page, 'en');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await openPlan(page);
  await openLockAndCopies(page);
  const erase = await deleteEverything(page, { offlineFiles: true });
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((entry) => entry.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(left).toEqual({ databases: [], caches: [], workers: 0 });
  await expect(erase.getByText(planText('erase.traces.downloads'))).toBeVisible();
});

test('"What Verder sent" lists requests to Verder’s own address only (threat: a request to any other host)', async ({
  page,
}) => {
  await openApp(page, 'en');
  await openMenuItem(page, 'en', 'nav.settings');
  await page.getByRole('button', { name: 'Show the list' }).click();
  await expect(page.locator('#screen').getByText(/all to Verder's own address/)).toBeVisible();
  await expect(announcer(page)).toContainText("all to Verder's own address");
});

test('stopping "showing someone" on the check, then tapping an option, leaves the worker’s storage byte-identical (threat: the shown person’s answers kept on the worker’s phone)', async ({
  page,
}) => {
  await openApp(page, 'en');
  await openMenuItem(page, 'en', 'nav.settings');
  const before = await dumpOrigin(page, { withCaches: false });
  await page.getByRole('button', { name: 'Start showing someone' }).click();
  const bar = page.getByRole('region', { name: 'Showing someone' });
  await expect(bar.getByRole('button', { name: 'Stop showing' })).toBeVisible({ timeout: 60_000 });
  const beforeMode = await dumpOrigin(page, { withCaches: false });
  await openCheck(page);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByLabel("I've stopped", { exact: false }).first().check();
  await bar.getByRole('button', { name: 'Stop showing' }).click();
  // The worker is back on Start; the check opened again starts afresh: the shown person's question is gone.
  await expect(page.getByRole('heading', { level: 1, name: 'What comes next is up to you' })).toBeVisible();
  await openCheck(page);
  await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByLabel("I've stopped", { exact: false }).first().check();
  expect(before.length).toBeGreaterThan(0);
  expect(await dumpOrigin(page, { withCaches: false })).toBe(beforeMode);
});
