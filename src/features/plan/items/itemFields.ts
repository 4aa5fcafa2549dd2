/** Which fields each kind of plan item has, in the order a form shows them. */
import type { PlanItemKind } from '../../../domain/plan';

export type FieldType = 'text' | 'textarea' | 'date' | 'time' | 'tel' | 'domain' | 'status' | 'talent';

export interface FieldSpec {
  name: string;
  type: FieldType;
}

export const itemFields: { [K in PlanItemKind]: readonly FieldSpec[] } = {
  goal: [
    { name: 'domain', type: 'domain' },
    { name: 'text', type: 'textarea' },
  ],
  step: [
    { name: 'text', type: 'textarea' },
    { name: 'domain', type: 'domain' },
    { name: 'status', type: 'status' },
    { name: 'date', type: 'date' },
  ],
  appointment: [
    { name: 'what', type: 'text' },
    { name: 'date', type: 'date' },
    { name: 'time', type: 'time' },
    { name: 'place', type: 'text' },
    { name: 'withWhom', type: 'text' },
    { name: 'note', type: 'textarea' },
  ],
  contact: [
    { name: 'name', type: 'text' },
    { name: 'role', type: 'text' },
    { name: 'phone', type: 'tel' },
    { name: 'note', type: 'textarea' },
  ],
  talent: [
    { name: 'talentId', type: 'talent' },
    { name: 'text', type: 'text' },
  ],
  safetyNet: [
    { name: 'when', type: 'textarea' },
    { name: 'then', type: 'textarea' },
    { name: 'call', type: 'text' },
  ],
  note: [{ name: 'text', type: 'textarea' }],
};

/** What a new item's form starts with. A goal needs a part of life, so it starts at the first one. */
export function emptyValues(kind: PlanItemKind): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(itemFields[kind].map((field) => [field.name, '']));
  if (kind === 'goal') values.domain = 'housing';
  if (kind === 'step') values.status = 'todo';
  return values;
}
