/**
 * Places: provinces, the 18 regions of the source report and Dutch municipalities, and finding a
 * municipality from what a person types ("den bosch", "'s-Hertogenbosch", "Hoofddorp").
 * Everything works offline on the shipped list; nothing is looked up elsewhere.
 */
import { z } from 'zod';
import { contentIdSchema } from './content';

export const provinceIds = [
  'groningen',
  'friesland',
  'drenthe',
  'overijssel',
  'flevoland',
  'gelderland',
  'utrecht',
  'noord-holland',
  'zuid-holland',
  'zeeland',
  'noord-brabant',
  'limburg',
] as const;

export type ProvinceId = (typeof provinceIds)[number];

/**
 * The 18 centre municipalities that organise support for sex workers in their region since 2021
 * (report §3.1, DUUP regions). A region id is the centre municipality's common name in lowercase.
 */
export const regionIds = [
  'alkmaar',
  'almere',
  'amsterdam',
  'apeldoorn',
  'arnhem',
  'assen',
  'den-bosch',
  'den-haag',
  'enschede',
  'groningen',
  'haarlem',
  'leeuwarden',
  'nijmegen',
  'rotterdam',
  'tilburg',
  'utrecht',
  'zaanstad',
  'zwolle',
] as const;

export type RegionId = (typeof regionIds)[number];

export const municipalitySchema = z.object({
  /** Stable id: stored in plans and used by contacts' areas, so never renamed. */
  id: contentIdSchema,
  /** The name as people know it, e.g. "Den Haag" (officially 's-Gravenhage). */
  name: z.string().min(2),
  province: z.enum(provinceIds),
  /** The report region that serves this municipality (see the note in the municipalities file). */
  regionId: z.enum(regionIds),
  /** Other names people type: official or older names, merged former municipalities, big towns inside it. */
  aliases: z.array(z.string().min(2)),
  /** True where the region is our best guess rather than something we could confirm. */
  isRegionApproximate: z.boolean(),
});

export type Municipality = z.infer<typeof municipalitySchema>;

export const regionSchema = z.object({
  id: z.enum(regionIds),
  /** The centre municipality's common name, e.g. "Den Bosch". Proper name, not translated. */
  name: z.string().min(2),
  province: z.enum(provinceIds),
  centreMunicipalityId: contentIdSchema,
  /** Regions to show next when this region and its province have no organisation (nearest first). */
  nearbyRegionIds: z.array(z.enum(regionIds)),
});

export type Region = z.infer<typeof regionSchema>;

/**
 * Makes typed place names comparable: case, diacritics (Súdwest-Fryslân), apostrophes, hyphens,
 * spaces and dots are ignored, and so is a leading "'s-" ("'s-Hertogenbosch" = "Hertogenbosch").
 */
export function normalisePlace(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/^['’‘`´]?s[\s-]+/u, '')
    .replace(/[^a-z0-9]/g, '');
}

/** All names of a municipality, its own name first. */
function namesOf(municipality: Municipality): string[] {
  return [municipality.name, ...municipality.aliases];
}

/**
 * The municipality whose name or alias is exactly what was typed (after normalising), or null.
 * Also null when the name belongs to more than one municipality (there are two Bergens):
 * the caller then shows `suggestPlaces` so the person can choose.
 */
export function findPlace(query: string, municipalities: readonly Municipality[]): Municipality | null {
  const wanted = normalisePlace(query);
  if (wanted === '') return null;
  const matches = municipalities.filter((municipality) =>
    namesOf(municipality).some((name) => normalisePlace(name) === wanted),
  );
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

export interface PlaceSuggestion {
  municipality: Municipality;
  /** The name or alias that matched, e.g. "Hoofddorp" for Haarlemmermeer, to show beside it. */
  matchedName: string;
}

/** Each word of a name, normalised: "Nuenen, Gerwen en Nederwetten" → nuenen, gerwen, en, nederwetten. */
function wordsOf(name: string): string[] {
  return name
    .split(/[\s\-,/()]+/)
    .map(normalisePlace)
    .filter((word) => word !== '');
}

/**
 * How many letters may differ (wrong, missing, extra or swapped) for a typed name to still match:
 * none for very short input, 1 up to 6 letters, 2 from 7 letters ("rotterdm", "denbosh", "roterdam").
 */
function typoAllowance(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_value, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Suggestions while typing: first exact matches, then names that start with what was typed, then
 * names with a later word that starts with it ("haag" → Den Haag), then names with a typo or two
 * ("Rotterdm", "Den Bosh"). One suggestion per municipality,
 * alphabetical within each group, at most `limit`.
 */
export function suggestPlaces(
  query: string,
  municipalities: readonly Municipality[],
  limit: number,
): PlaceSuggestion[] {
  const wanted = normalisePlace(query);
  if (wanted === '' || limit <= 0) return [];

  const ranked: { rank: number; suggestion: PlaceSuggestion }[] = [];
  for (const municipality of municipalities) {
    let best: { rank: number; matchedName: string } | null = null;
    for (const name of namesOf(municipality)) {
      const normalised = normalisePlace(name);
      let rank: number | null = null;
      if (normalised === wanted) rank = 0;
      else if (normalised.startsWith(wanted)) rank = 1;
      else if (wordsOf(name).some((word) => word.startsWith(wanted))) rank = 2;
      // A typo: the whole name, or its start as long as what was typed, is a letter or two off.
      else if (
        editDistance(wanted, normalised, typoAllowance(wanted.length)) <= typoAllowance(wanted.length) ||
        (wanted.length >= 5 &&
          editDistance(wanted, normalised.slice(0, wanted.length), typoAllowance(wanted.length) - 1) <=
            typoAllowance(wanted.length) - 1)
      ) {
        rank = 3;
      }
      if (rank !== null && (best === null || rank < best.rank)) best = { rank, matchedName: name };
    }
    if (best) ranked.push({ rank: best.rank, suggestion: { municipality, matchedName: best.matchedName } });
  }

  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.suggestion.matchedName.localeCompare(b.suggestion.matchedName, 'nl', { sensitivity: 'base' }),
    )
    .slice(0, limit)
    .map((entry) => entry.suggestion);
}
