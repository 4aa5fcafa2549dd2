import { expect, test } from 'vitest';
import { addNote, dumpOrigin, openPlan, planText, region, setUpLock } from './plan';
import { literal, openApp, withBrowser, xpath, type Browser, tap } from './session';

test('a note added under My plan is shown and is still there after a reload', async () => {
  await withBrowser(async (browser) => {
    await openApp(browser, 'en');
    await openPlan(browser);
    await addNote(browser, 'call the housing desk on Monday');
    await browser.refresh();
    await openPlan(browser);
    const notes = await region(browser, 'sections.note.title')
      .$$('.plan-item__text')
      .map((item) => item.getText());
    expect(notes).toEqual(['call the housing desk on Monday']);
  });
});

/** Records every worker the page starts, and the longest pause of the page's own thread meanwhile. */
async function watchWorkersAndMainThread(browser: Browser): Promise<void> {
  await browser.execute(() => {
    const record = { workers: [] as Array<{ url: string; ms: number }>, longestPause: 0 };
    (window as unknown as { verderProbe: typeof record }).verderProbe = record;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const entry = { url: String(url), ms: -1 };
        const started = performance.now();
        record.workers.push(entry);
        const terminate = this.terminate.bind(this);
        this.terminate = () => {
          entry.ms = Math.round(performance.now() - started);
          terminate();
        };
      }
    };
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      record.longestPause = Math.max(record.longestPause, now - last);
      last = now;
    }, 10);
  });
}

function probe(browser: Browser) {
  return browser.execute(
    () =>
      (window as unknown as { verderProbe: { workers: Array<{ url: string; ms: number }>; longestPause: number } })
        .verderProbe,
  );
}

test('locking runs 600,000 PBKDF2 rounds in a worker, leaves no readable note, refuses a wrong passphrase and opens with the right one', async () => {
  const canary = `kanarie-${Date.now()}-zonder-spoor`;
  await withBrowser(async (browser) => {
    await openApp(browser, 'en');
    await openPlan(browser);
    await addNote(browser, `note ${canary}`);
    // The search itself works: the text is found while the plan is not locked.
    expect((await dumpOrigin(browser)).includes(canary), 'the note is found before locking').toBe(true);

    await watchWorkersAndMainThread(browser);
    await setUpLock(browser, 'a long walk by the river');
    const locking = await probe(browser);
    expect(locking.workers.length).toBeGreaterThanOrEqual(1);
    expect(locking.workers.every((worker) => /kdf\.worker/.test(worker.url) && worker.ms > 0)).toBe(true);
    const stored = JSON.parse(await dumpOrigin(browser)) as Record<string, string>;
    const lock = (
      JSON.parse(stored['indexeddb:verder/planMeta'] ?? '[]') as Array<{ key: string; kdf?: unknown }>
    ).find((record) => record.key === 'lock');
    expect(lock?.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });

    await openPlan(browser);
    await tap(browser.$(xpath.button(planText('lockNow'))));
    await browser.$(`//h2[normalize-space(.)=${literal(planText('unlock.title'))}]`).waitForDisplayed();
    expect(await browser.$('body').getText()).not.toContain(canary);
    const dump = await dumpOrigin(browser);
    expect(dump.includes('indexeddb:verder/planItems'), 'the plan store was searched').toBe(true);
    expect(dump.includes(canary), 'the note is readable somewhere in storage').toBe(false);

    const unlock = browser.$(xpath.region(planText('unlock.title')));
    await unlock.$(xpath.field(planText('unlock.passphrase'))).setValue('a short walk by the river');
    await tap(unlock.$(xpath.button(planText('unlock.open'))));
    await browser.$(xpath.text(planText('unlock.wrong'))).waitForDisplayed({ timeout: 60_000 });
    expect(await browser.$('body').getText()).not.toContain(canary);

    await watchWorkersAndMainThread(browser);
    await unlock.$(xpath.field(planText('unlock.passphrase'))).setValue('a long walk by the river');
    await tap(unlock.$(xpath.button(planText('unlock.open'))));
    await browser.$(xpath.text(`note ${canary}`)).waitForDisplayed({ timeout: 60_000 });
    const unlocking = await probe(browser);
    expect(unlocking.workers.length).toBe(1);
    const derive = unlocking.workers[0]?.ms ?? 0;
    console.log(
      `WebKit: unlocking (600,000 rounds in a worker) took ${derive} ms; longest main-thread pause ${Math.round(unlocking.longestPause)} ms`,
    );
    // Had the rounds run on the page's own thread, it would have stood still for about as long.
    expect(unlocking.longestPause).toBeLessThan(Math.max(derive * 0.5, 250));
  });
});
