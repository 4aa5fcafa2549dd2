/**
 * What a person can contact someone for. The order is the order of the national groups:
 * urgent help first, then the life domains of the report (§2.4) where useful.
 */
export const purposeIds = [
  'emergency',
  'crisis',
  'violence',
  'exploitation',
  'money',
  'legal',
  'mentalHealth',
  'sexualHealth',
  'return',
  'talk',
  'housing',
  'work',
  'education',
  'network',
  'meaning',
  'safety',
] as const;

export type PurposeId = (typeof purposeIds)[number];
