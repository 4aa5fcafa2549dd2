/**
 * The life domains the report names for the time around stopping (§2.4, §3.2 Uitvoering, §3.4).
 * Sexual health is part of `health` (body, mind, addiction, sexual health).
 */
export const domainIds = [
  'housing',
  'work',
  'education',
  'money',
  'health',
  'safety',
  'network',
  'meaning',
  'return',
] as const;

export type DomainId = (typeof domainIds)[number];

export function isDomainId(value: unknown): value is DomainId {
  return typeof value === 'string' && (domainIds as readonly string[]).includes(value);
}
