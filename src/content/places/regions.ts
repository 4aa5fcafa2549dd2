/**
 * The 18 regions of the source report (report §3.1): since 2021 each centre municipality organises
 * support for sex workers in its region. `nearbyRegionIds` are our own geographic choice: the regions
 * to show next when nothing is known for a place, nearest first.
 */
import type { Region } from '../../domain/placeSearch';

export const regions = [
  {
    id: 'alkmaar',
    name: 'Alkmaar',
    province: 'noord-holland',
    centreMunicipalityId: 'alkmaar',
    nearbyRegionIds: ['zaanstad', 'haarlem', 'amsterdam'],
  },
  {
    id: 'almere',
    name: 'Almere',
    province: 'flevoland',
    centreMunicipalityId: 'almere',
    nearbyRegionIds: ['amsterdam', 'utrecht', 'zwolle'],
  },
  {
    id: 'amsterdam',
    name: 'Amsterdam',
    province: 'noord-holland',
    centreMunicipalityId: 'amsterdam',
    nearbyRegionIds: ['zaanstad', 'haarlem', 'almere', 'utrecht'],
  },
  {
    id: 'apeldoorn',
    name: 'Apeldoorn',
    province: 'gelderland',
    centreMunicipalityId: 'apeldoorn',
    nearbyRegionIds: ['arnhem', 'zwolle', 'enschede', 'utrecht'],
  },
  {
    id: 'arnhem',
    name: 'Arnhem',
    province: 'gelderland',
    centreMunicipalityId: 'arnhem',
    nearbyRegionIds: ['nijmegen', 'apeldoorn', 'utrecht'],
  },
  {
    id: 'assen',
    name: 'Assen',
    province: 'drenthe',
    centreMunicipalityId: 'assen',
    nearbyRegionIds: ['groningen', 'leeuwarden', 'zwolle'],
  },
  {
    id: 'den-bosch',
    name: 'Den Bosch',
    province: 'noord-brabant',
    centreMunicipalityId: 's-hertogenbosch',
    nearbyRegionIds: ['tilburg', 'nijmegen', 'utrecht'],
  },
  {
    id: 'den-haag',
    name: 'Den Haag',
    province: 'zuid-holland',
    centreMunicipalityId: 'den-haag',
    nearbyRegionIds: ['rotterdam', 'haarlem', 'utrecht'],
  },
  {
    id: 'enschede',
    name: 'Enschede',
    province: 'overijssel',
    centreMunicipalityId: 'enschede',
    nearbyRegionIds: ['zwolle', 'apeldoorn'],
  },
  {
    id: 'groningen',
    name: 'Groningen',
    province: 'groningen',
    centreMunicipalityId: 'groningen',
    nearbyRegionIds: ['assen', 'leeuwarden'],
  },
  {
    id: 'haarlem',
    name: 'Haarlem',
    province: 'noord-holland',
    centreMunicipalityId: 'haarlem',
    nearbyRegionIds: ['amsterdam', 'zaanstad', 'alkmaar', 'den-haag'],
  },
  {
    id: 'leeuwarden',
    name: 'Leeuwarden',
    province: 'friesland',
    centreMunicipalityId: 'leeuwarden',
    nearbyRegionIds: ['groningen', 'assen', 'zwolle'],
  },
  {
    id: 'nijmegen',
    name: 'Nijmegen',
    province: 'gelderland',
    centreMunicipalityId: 'nijmegen',
    nearbyRegionIds: ['arnhem', 'den-bosch', 'apeldoorn'],
  },
  {
    id: 'rotterdam',
    name: 'Rotterdam',
    province: 'zuid-holland',
    centreMunicipalityId: 'rotterdam',
    nearbyRegionIds: ['den-haag', 'tilburg', 'utrecht'],
  },
  {
    id: 'tilburg',
    name: 'Tilburg',
    province: 'noord-brabant',
    centreMunicipalityId: 'tilburg',
    nearbyRegionIds: ['den-bosch', 'rotterdam'],
  },
  {
    id: 'utrecht',
    name: 'Utrecht',
    province: 'utrecht',
    centreMunicipalityId: 'utrecht',
    nearbyRegionIds: ['amsterdam', 'arnhem', 'den-bosch', 'almere', 'rotterdam'],
  },
  {
    id: 'zaanstad',
    name: 'Zaanstad',
    province: 'noord-holland',
    centreMunicipalityId: 'zaanstad',
    nearbyRegionIds: ['amsterdam', 'haarlem', 'alkmaar'],
  },
  {
    id: 'zwolle',
    name: 'Zwolle',
    province: 'overijssel',
    centreMunicipalityId: 'zwolle',
    nearbyRegionIds: ['enschede', 'apeldoorn', 'assen', 'almere'],
  },
] satisfies Region[];
