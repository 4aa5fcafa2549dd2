import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanChangedElsewhereError } from '../../../data';
import { itemsOfKind, type PlanItem, type PlanItemFields, type PlanItemKind } from '../../../domain/plan';
import { focusSoon } from '../../../lib/focusSoon';
import { useAnnounce } from '../../../ui';
import { addItem, moveItem, putBackRow, removeItem, updateItem } from '../planActions';
import type { PlanState } from '../usePlan';
import { forgetDeletion, rememberDeletion, useRecentDeletions, type RecentDeletion } from './recentDeletions';

export interface PlanActions {
  /** Resolves to the new item's id, so the screen can show where it went. */
  add: <K extends PlanItemKind>(kind: K, fields: PlanItemFields[K]) => Promise<string>;
  update: (item: PlanItem, changes: Partial<PlanItemFields[PlanItem['kind']]>) => Promise<void>;
  move: (item: PlanItem, direction: -1 | 1, among?: readonly PlanItem[]) => Promise<void>;
  /** `among`: the list the item was shown in, so Undo can take its place there. */
  remove: (item: PlanItem, among?: readonly PlanItem[]) => Promise<void>;
}

export type PlanProblem = 'changedElsewhere' | 'storage' | null;

/**
 * A recent deletion, shown in the deleted item's own place: in its section, between the items that
 * were around it. It holds ids and the row as stored (sealed under a lock), never the item's text on
 * screen, so nothing of it is repeated or said. Kept across screens until the lock (recentDeletions.ts).
 */
export type UndoOffer = RecentDeletion;

export const undoSlotId = (id: string) => `plan-undo-${id}`;
export const planItemId = (id: string) => `plan-item-${id}`;

/**
 * The plan's edits for the screen, with what went wrong kept for a message. A failed write throws
 * on, so the form that asked keeps what was typed. Deleting says "Deleted from your plan. To get it
 * back, press Undo." and puts focus on Undo; Undo says "It is back in your plan." and focuses the item
 * again; closing the offer moves focus to the next item, or to the section's heading when there is
 * none. The last ten deletions stay undoable when the person leaves the plan screen and comes back,
 * until the vault locks.
 */
export function usePlanActions(state: PlanState) {
  const { t } = useTranslation('plan');
  const say = useAnnounce();
  const [problem, setProblem] = useState<PlanProblem>(null);
  const undoOffers = useRecentDeletions();

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
        const list = among ?? (itemsOfKind(state.items, item.kind) as readonly PlanItem[]);
        const isMoved = await guarded(() => moveItem(item, direction, state, among)).then(
          () => true,
          () => false,
        );
        // Focus stays with the item (ItemView); its new place is said, as a sighted person sees it.
        const position = list.findIndex((other) => other.id === item.id) + 1 + direction;
        if (isMoved && position >= 1 && position <= list.length) {
          say(t('item.moved', { position, total: list.length }));
        }
      },
      remove: async (item, among) => {
        const list = among ?? (itemsOfKind(state.items, item.kind) as readonly PlanItem[]);
        const at = list.findIndex((other) => other.id === item.id);
        const row = state.rows.find((stored) => stored.id === item.id);
        const isRemoved = await guarded(() => removeItem(item, state.rows, state)).then(
          () => true,
          () => false,
        );
        if (!isRemoved) return;
        rememberDeletion({
          id: item.id,
          kind: item.kind,
          before: at > 0 ? (list[at - 1]?.id ?? null) : null,
          after: at >= 0 ? (list[at + 1]?.id ?? null) : null,
          row,
          keyId: state.lock?.keyId ?? null,
        });
        say(t('item.deletedUndo'));
        focusSoon(undoSlotId(item.id), { select: 'button' });
      },
    }),
    [guarded, state, say, t],
  );

  const undo = useCallback(
    async (offer: UndoOffer) => {
      const isDone = await guarded(() => putBackRow(offer.row, offer.keyId)).then(
        () => true,
        () => false,
      );
      forgetDeletion(offer.id);
      if (!isDone) return;
      say(t('item.restored'));
      focusSoon(planItemId(offer.id));
    },
    [guarded, say, t],
  );

  const dismissUndo = useCallback((offer: UndoOffer) => {
    forgetDeletion(offer.id);
    // The next item may have been deleted as well since (several offers): then the section's heading.
    const isNextShown = offer.after !== null && document.getElementById(planItemId(offer.after)) !== null;
    focusSoon(isNextShown && offer.after ? planItemId(offer.after) : `plan-${offer.kind}`);
  }, []);

  return { actions, problem, undoOffers, undo, dismissUndo };
}
