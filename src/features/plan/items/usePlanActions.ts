import { useCallback, useMemo, useState } from 'react';
import { PlanChangedElsewhereError } from '../../../data';
import type { PlanItem, PlanItemFields, PlanItemKind } from '../../../domain/plan';
import { addItem, moveItem, removeItem, updateItem } from '../planActions';
import { useItemText } from './useItemText';
import type { PlanState } from '../usePlan';

export interface PlanActions {
  /** Resolves to the new item's id, so the screen can show where it went. */
  add: <K extends PlanItemKind>(kind: K, fields: PlanItemFields[K]) => Promise<string>;
  update: (item: PlanItem, changes: Partial<PlanItemFields[PlanItem['kind']]>) => Promise<void>;
  move: (item: PlanItem, direction: -1 | 1, among?: readonly PlanItem[]) => Promise<void>;
  remove: (item: PlanItem) => Promise<void>;
}

export type PlanProblem = 'changedElsewhere' | 'storage' | null;

export interface UndoOffer {
  text: string;
  undo: () => Promise<void>;
}

/**
 * The plan's edits for the screen, with what went wrong kept for a message. A failed write throws
 * on, so the form that asked keeps what was typed.
 */
export function usePlanActions(state: PlanState) {
  const itemText = useItemText();
  const [problem, setProblem] = useState<PlanProblem>(null);
  const [undoOffer, setUndoOffer] = useState<UndoOffer | null>(null);

  const guarded = useCallback(async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      const result = await write();
      setProblem(null);
      return result;
    } catch (error) {
      setProblem(error instanceof PlanChangedElsewhereError ? 'changedElsewhere' : 'storage');
      throw error;
    }
  }, []);

  const actions = useMemo<PlanActions>(
    () => ({
      add: async (kind, fields) => (await guarded(() => addItem(kind, fields, state))).id,
      update: async (item, changes) => {
        await guarded(() => updateItem(item, changes, state));
      },
      move: async (item, direction, among) => {
        await guarded(() => moveItem(item, direction, state, among)).catch(() => undefined);
      },
      remove: async (item) => {
        const undo = await guarded(() => removeItem(item, state.rows, state)).catch(() => undefined);
        if (undo) setUndoOffer({ text: itemText(item), undo });
      },
    }),
    [guarded, state, itemText],
  );

  const undoLast = useCallback(async () => {
    if (!undoOffer) return;
    await guarded(undoOffer.undo).catch(() => undefined);
    setUndoOffer(null);
  }, [guarded, undoOffer]);

  return { actions, problem, undoOffer, undoLast, dismissUndo: () => setUndoOffer(null) };
}
