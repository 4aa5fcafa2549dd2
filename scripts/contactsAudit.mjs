/**
 * Which contact entries need a fresh look: checked more than 12 months ago, low confidence, from the
 * older directory of care coordinators for trafficking, or not verified; and, per region (and
 * "national"), the entries whose source shows no date, whose source is more than 12 months old, and
 * whose sources disagree. Reads the directory as the
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

/** A source date (`2020`, `2020-07`, `2020-07-15`) counted from its last day, as the app does. */
function isSourceOlderThan12Months(date, todayNumber) {
  const [year = 0, month, day] = date.split('-').map(Number);
  const lastMonth = month ?? 12;
  const lastDay = day ?? new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return todayNumber > dayNumber(year + 1, lastMonth, lastDay);
}

/** The report regions an entry serves: 'national', or region ids from its regions, provinces and municipalities. */
function regionsOf(contact, municipalities) {
  if (contact.areas === 'national') return ['national'];
  const found = new Set(contact.areas.regions);
  for (const municipality of municipalities) {
    if (
      contact.areas.provinces.includes(municipality.province) ||
      contact.areas.municipalities.includes(municipality.id)
    ) {
      found.add(municipality.regionId);
    }
  }
  return [...found].sort();
}

/** Loads the shipped municipalities the same way. */
export async function loadMunicipalities() {
  return loadModule('/src/content/places/municipalities.ts', 'municipalities');
}

/** Loads the shipped contacts with Vite's SSR loader (TypeScript, no build needed). */
export async function loadContacts() {
  return loadModule('/src/content/contacts/contacts.ts', 'contacts');
}

async function loadModule(path, name) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = await server.ssrLoadModule(path);
    return module[name];
  } finally {
    await server.close();
  }
}

/**
 * @param {Date | string} [today] the day to measure age against (a Date or `YYYY-MM-DD`)
 * @param {readonly object[]} [contacts] the entries to audit; by default the shipped directory
 */
export async function auditContacts(today = new Date(), contacts, municipalities) {
  const entries = contacts ?? (await loadContacts());
  const places = municipalities ?? (await loadMunicipalities());
  const todayNumber = toDayNumber(today);
  const byRegion = {};
  for (const contact of entries) {
    const undated = contact.source.date === null;
    const old = !undated && isSourceOlderThan12Months(contact.source.date, todayNumber);
    for (const region of regionsOf(contact, places)) {
      const row = (byRegion[region] ??= { entries: 0, undatedSource: [], oldSource: [], conflicting: [] });
      row.entries += 1;
      if (undated) row.undatedSource.push(contact.id);
      if (old) row.oldSource.push(contact.id);
      if (contact.conflictKey || contact.channels.walkInSourcesDisagree) row.conflicting.push(contact.id);
    }
  }
  return {
    byRegion: Object.fromEntries(Object.entries(byRegion).sort(([a], [b]) => a.localeCompare(b))),
    notComparedAgain: entries.filter((contact) => contact.checkKind === 'researchFile').map((contact) => contact.id),
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
