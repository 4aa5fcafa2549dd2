/**
 * Which contact entries need a fresh look: checked more than 12 months ago, low confidence, from the
 * older directory of care coordinators for trafficking, or not verified. Reads the directory as the
 * app ships it (src/content/contacts/contacts.ts), through Vite, so nothing is duplicated.
 *
 *   node scripts/contactsAudit.mjs [YYYY-MM-DD]   prints the lists as JSON (default: today)
 *   import { auditContacts } from './contactsAudit.mjs'   used by scripts/bench.mjs
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `YYYY-MM-DD` → 20261128, so calendar dates compare without time zones. */
function dayNumber(year, month, day) {
  return year * 10000 + month * 100 + day;
}

/** The local calendar day of a Date, or a `YYYY-MM-DD` string as it is. */
function toDayNumber(today) {
  if (typeof today === 'string') {
    const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
    return dayNumber(year, month, day);
  }
  return dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate());
}

/** Same rule as the app (src/domain/contact.ts): more than a year after the check, it may be out of date. */
function isOlderThan12Months(checkedOn, todayNumber) {
  const [year = 0, month = 1, day = 1] = checkedOn.split('-').map(Number);
  return todayNumber > dayNumber(year + 1, month, day);
}

/** Loads the shipped contacts with Vite's SSR loader (TypeScript, no build needed). */
export async function loadContacts() {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = await server.ssrLoadModule('/src/content/contacts/contacts.ts');
    return module.contacts;
  } finally {
    await server.close();
  }
}

/**
 * @param {Date | string} [today] the day to measure age against (a Date or `YYYY-MM-DD`)
 * @param {readonly object[]} [contacts] the entries to audit; by default the shipped directory
 */
export async function auditContacts(today = new Date(), contacts) {
  const entries = contacts ?? (await loadContacts());
  const todayNumber = toDayNumber(today);
  return {
    olderThan12Months: entries
      .filter((contact) => isOlderThan12Months(contact.checkedOn, todayNumber))
      .map((contact) => ({ id: contact.id, checkedOn: contact.checkedOn })),
    lowConfidence: entries.filter((contact) => contact.confidence === 'low').map((contact) => contact.id),
    fromCoordinatorDirectory: entries
      .filter((contact) => contact.isFromCoordinatorDirectory)
      .map((contact) => contact.id),
    notVerified: entries.filter((contact) => !contact.verified).map((contact) => contact.id),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await auditContacts(process.argv[2] ?? new Date());
  console.log(JSON.stringify(result, null, 2));
}
