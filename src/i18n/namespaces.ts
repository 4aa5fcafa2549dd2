/** Every translation namespace: one per capability, so a feature's text ships and loads with it. */
export const namespaces = [
  'common',
  'home',
  'phases',
  'safety',
  'explore',
  'guides',
  'about',
  'check',
  'contacts',
  'plan',
  'showing',
  'money',

  'incidents',
  'checkIn',
] as const;

export type Namespace = (typeof namespaces)[number];

export const defaultNamespace: Namespace = 'common';
