/**
 * Where the check's answers are, and what may happen to them.
 * - By default they are in memory only (answerMemory) and gone when Verder closes.
 * - Without a lock, the person may choose "keep my answers on this phone": one plain vault row.
 * - With a lock that is open, they are kept sealed with the plan's data key, automatically.
 * - With a lock that is closed, saved answers are not shown at all ("locked"), and new answers stay
 *   in memory until the vault is opened.
 * - While showing someone, nothing is read from or written to the phone.
 * A stored result never opens by itself: the screen starts at its intro with "show my answers".
 */
import { useCallback, useEffect, useState } from 'react';
import { checkQuestions } from '../../content/check/questions';
import { parseCheckAnswers, type CheckAnswers } from '../../domain/check';
import { checkAnswersRecordId, type CheckAnswersItem } from '../../domain/plan';
import { deletePlanRow, putPlanRows, usePlanSnapshot, type PlanLockRecord, type PlanRow } from '../../data';
import { isSessionFor, lockEpoch, openRow, sealItem, useShowingSomeone, useVaultSession } from '../vault';
import { forgetAnswers, rememberAnswers, useRememberedAnswers } from './answerMemory';

/** What is stored: nothing, something behind the lock, or answers this screen may show. */
export type SavedAnswers = { status: 'none' } | { status: 'locked' } | { status: 'kept'; answers: CheckAnswers };

/** How new answers are kept: only in memory, in the open vault, or as a plain row the person chose. */
export type KeepMode = 'memory' | 'lockedVault' | 'sealed' | 'plain' | 'showing';

export function useCheckAnswers() {
  const isShowing = useShowingSomeone();
  const snapshot = usePlanSnapshot();
  const session = useVaultSession();
  const remembered = useRememberedAnswers();
  const [saved, setSaved] = useState<SavedAnswers | null>(null);

  const lock: PlanLockRecord | undefined = snapshot?.lock;
  const row: PlanRow | undefined = snapshot?.rows.find((entry) => entry.id === checkAnswersRecordId);
  const isOpen = lock !== undefined && isSessionFor(lock, session);

  useEffect(() => {
    if (!snapshot) return;
    let isCurrent = true;
    const settle = (next: SavedAnswers) => {
      if (isCurrent) setSaved(next);
    };
    if (isShowing || !row) settle({ status: 'none' });
    else if (lock && !isOpen) settle({ status: 'locked' });
    else {
      const epoch = lockEpoch();
      void openRow(row, lock ? session : null).then(({ item }) => {
        if (epoch !== lockEpoch()) return settle({ status: 'locked' });
        if (!item || item.kind !== 'checkAnswers') return settle({ status: 'none' });
        settle({ status: 'kept', answers: parseCheckAnswers(item.answers, checkQuestions) });
      });
    }
    return () => {
      isCurrent = false;
    };
  }, [snapshot, row, lock, isOpen, session, isShowing]);

  const keepMode: KeepMode = isShowing
    ? 'showing'
    : lock
      ? isOpen
        ? 'sealed'
        : 'lockedVault'
      : row
        ? 'plain'
        : 'memory';

  const write = useCallback(
    async (answers: CheckAnswers) => {
      const item: CheckAnswersItem = {
        kind: 'checkAnswers',
        id: checkAnswersRecordId,
        order: 0,
        updatedAt: Date.now(),
        answers: { ...answers } as CheckAnswersItem['answers'],
      };
      const usable = lock && isOpen ? session : null;
      if (lock && !usable) return;
      await putPlanRows([await sealItem(item, usable)], lock?.keyId ?? null);
    },
    [lock, isOpen, session],
  );

  /** Every change goes to memory; to the phone only where the person's choice (or the open lock) says so. */
  const update = useCallback(
    (next: CheckAnswers) => {
      rememberAnswers(next);
      if (keepMode === 'sealed' || keepMode === 'plain') write(next).catch(() => undefined);
    },
    [keepMode, write],
  );

  /** "Keep my answers on this phone" (no lock), or keeping them in the vault just opened. */
  const keep = useCallback(async () => {
    if (keepMode === 'showing' || keepMode === 'lockedVault') return;
    await write(remembered ?? {});
  }, [keepMode, remembered, write]);

  /** "Show my answers": saved ones from the phone, or the ones given earlier in this visit. */
  const showSaved = useCallback(() => {
    if (saved?.status === 'kept') rememberAnswers(saved.answers);
  }, [saved]);

  const erase = useCallback(async () => {
    forgetAnswers();
    if (!isShowing && row) await deletePlanRow(row.id);
  }, [isShowing, row]);

  return {
    state: saved === null ? ('loading' as const) : ('ready' as const),
    answers: remembered ?? {},
    hasAnswersInMemory: remembered !== null,
    saved: saved ?? { status: 'none' },
    keepMode,
    lock,
    update,
    keep,
    showSaved,
    erase,
  };
}
