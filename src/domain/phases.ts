/**
 * The four life phases of the source report (§2.4, §3.2, Figure 3.1).
 * They are not a ladder: people move back and forth, so nothing in the app orders them as progress.
 */
export const phaseIds = ['working', 'considering', 'stopping', 'after'] as const;

export type PhaseId = (typeof phaseIds)[number];

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && (phaseIds as readonly string[]).includes(value);
}
