import { describe, expect, it } from 'vitest';
import { municipalities } from '../../../src/content/places/municipalities';
import { regions } from '../../../src/content/places/regions';
import {
  editDistance,
  findPlace,
  municipalitySchema,
  normalisePlace,
  provinceIds,
  regionIds,
  regionSchema,
  suggestPlaces,
} from '../../../src/domain/placeSearch';

describe('normalising a typed place name', () => {
  it('ignores case, diacritics, hyphens, spaces and apostrophes', () => {
    expect(normalisePlace('Súdwest-Fryslân')).toBe(normalisePlace('sudwest fryslan'));
    expect(normalisePlace('DEN HAAG')).toBe('denhaag');
    expect(normalisePlace('  Nuenen, Gerwen en Nederwetten ')).toBe('nuenengerwenennederwetten');
  });

  it("ignores a leading 's-, however it is written", () => {
    for (const written of ["'s-Hertogenbosch", 's-Hertogenbosch', '’s Hertogenbosch', 'Hertogenbosch']) {
      expect(normalisePlace(written)).toBe('hertogenbosch');
    }
  });

  it('keeps an s that is part of the name', () => {
    expect(normalisePlace('Sittard-Geleen')).toBe('sittardgeleen');
    expect(normalisePlace('Sint-Michielsgestel')).toBe('sintmichielsgestel');
  });
});

describe('finding a municipality', () => {
  it.each([
    ['Zwolle', 'zwolle'],
    ['den bosch', 's-hertogenbosch'],
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['DEN HAAG', 'den-haag'],
    ["'s-Gravenhage", 'den-haag'],
    ['The Hague', 'den-haag'],
    ['Scheveningen', 'den-haag'],
    ['Hoogvliet', 'rotterdam'],
    ['Brielle', 'voorne-aan-zee'],
    ['Súdwest Fryslân', 'sudwest-fryslan'],
    ['sudwest fryslan', 'sudwest-fryslan'],
    ['Hoofddorp', 'haarlemmermeer'],
    ['Weesp', 'amsterdam'],
  ])('finds "%s" as %s', (query, id) => {
    expect(findPlace(query, municipalities)?.id).toBe(id);
  });

  it('finds nothing for a place that is not in the list', () => {
    expect(findPlace('Atlantis', municipalities)).toBeNull();
    expect(findPlace('   ', municipalities)).toBeNull();
  });

  it('does not guess when a name belongs to two municipalities', () => {
    expect(findPlace('Bergen', municipalities)).toBeNull();
    const suggested = suggestPlaces('Bergen', municipalities, 10).map((suggestion) => suggestion.municipality.id);
    expect(suggested).toEqual(expect.arrayContaining(['bergen-l', 'bergen-nh']));
  });
});

describe('suggesting places while typing', () => {
  it('puts exact matches first, then names that start with the text', () => {
    const suggested = suggestPlaces('zwol', municipalities, 5).map((suggestion) => suggestion.municipality.name);
    expect(suggested[0]).toBe('Zwolle');
    expect(suggestPlaces('Zwolle', municipalities, 5)[0]?.municipality.id).toBe('zwolle');
  });

  it('also matches a later word of a name', () => {
    const suggested = suggestPlaces('haag', municipalities, 5).map((suggestion) => suggestion.municipality.id);
    expect(suggested).toContain('den-haag');
  });

  it('says which alias matched, so the screen can show the municipality it belongs to', () => {
    const [first] = suggestPlaces('hoofdd', municipalities, 5);
    expect(first?.municipality.id).toBe('haarlemmermeer');
    expect(first?.matchedName).toBe('Hoofddorp');
  });

  it('gives each municipality once and respects the limit', () => {
    const suggested = suggestPlaces('b', municipalities, 4);
    expect(suggested).toHaveLength(4);
    expect(new Set(suggested.map((suggestion) => suggestion.municipality.id)).size).toBe(4);
    expect(suggestPlaces('', municipalities, 4)).toEqual([]);
  });
});

describe('the list of municipalities', () => {
  it('has all 342 municipalities, each valid and with a unique id', () => {
    expect(municipalities).toHaveLength(342);
    for (const municipality of municipalities) municipalitySchema.parse(municipality);
    expect(new Set(municipalities.map((municipality) => municipality.id)).size).toBe(342);
  });

  it('has the number of municipalities per province of the 2025 division', () => {
    const perProvince = Object.fromEntries(
      provinceIds.map((province) => [province, municipalities.filter((m) => m.province === province).length]),
    );
    expect(perProvince).toEqual({
      groningen: 10,
      friesland: 18,
      drenthe: 12,
      overijssel: 25,
      flevoland: 6,
      gelderland: 51,
      utrecht: 26,
      'noord-holland': 44,
      'zuid-holland': 50,
      zeeland: 13,
      'noord-brabant': 56,
      limburg: 31,
    });
  });

  it('never gives one typed name to two municipalities, except the two Bergens', () => {
    const owners = new Map<string, Set<string>>();
    for (const municipality of municipalities) {
      for (const name of [municipality.name, ...municipality.aliases]) {
        const key = normalisePlace(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(municipality.id));
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([name]) => name);
    expect(shared).toEqual(['bergen']);
  });

  it('marks every municipality in Limburg and Zeeland as approximately placed', () => {
    const withoutCentre = municipalities.filter((m) => m.province === 'limburg' || m.province === 'zeeland');
    expect(withoutCentre.length).toBe(44);
    expect(withoutCentre.every((m) => m.isRegionApproximate)).toBe(true);
  });

  it('places every centre municipality in its own region, without guessing', () => {
    for (const region of regions) {
      const centre = municipalities.find((m) => m.id === region.centreMunicipalityId);
      expect(centre?.regionId, region.id).toBe(region.id);
      expect(centre?.province, region.id).toBe(region.province);
      expect(centre?.isRegionApproximate, region.id).toBe(false);
    }
  });
});

describe('the 18 regions', () => {
  it('are exactly the report regions, each valid', () => {
    expect(regions.map((region) => region.id).sort()).toEqual([...regionIds].sort());
    for (const region of regions) regionSchema.parse(region);
  });

  it('name nearby regions other than themselves, without repeats', () => {
    for (const region of regions) {
      expect(region.nearbyRegionIds, region.id).not.toContain(region.id);
      expect(new Set(region.nearbyRegionIds).size, region.id).toBe(region.nearbyRegionIds.length);
      expect(region.nearbyRegionIds.length, region.id).toBeGreaterThan(0);
    }
  });
});

describe('typos in a place name', () => {
  it.each([
    ['Rotterdm', 'rotterdam'],
    ['roterdam', 'rotterdam'],
    ['Den Bosh', 's-hertogenbosch'],
    ['Nijmgen', 'nijmegen'],
    ['Utreht', 'utrecht'],
  ])('finds "%s" as %s', (typed, id) => {
    expect(suggestPlaces(typed, municipalities, 6).map((suggestion) => suggestion.municipality.id)).toContain(id);
  });

  it('does not guess for very short or far-off input', () => {
    expect(suggestPlaces('Eed', municipalities, 6)).toEqual([]);
    expect(suggestPlaces('Xyzzyplaats', municipalities, 6)).toEqual([]);
  });

  it('keeps exact and starting matches before typos', () => {
    const [first] = suggestPlaces('Ede', municipalities, 6);
    expect(first?.municipality.id).toBe('ede');
  });

  it('measures swapped letters as one typo', () => {
    expect(editDistance('utrehct', 'utrecht', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
