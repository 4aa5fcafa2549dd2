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
import { useCallback, useMemo } from 'react';
import { checkQuestions } from '../../content/check/questions';
import { parseCheckAnswers, type CheckAnswers } from '../../domain/check';
import { checkAnswersRecordId, type CheckAnswersItem, type VaultItem } from '../../domain/plan';
import { useVaultRecord } from '../vault';
import { forgetAnswers, rememberAnswers, useRememberedAnswers } from './answerMemory';

/** What is stored: nothing, something behind the lock, or answers this screen may show. */
export type SavedAnswers = { status: 'none' } | { status: 'locked' } | { status: 'kept'; answers: CheckAnswers };

/** How new answers are kept: only in memory, in the open vault, or as a plain row the person chose. */
export type KeepMode = 'memory' | 'lockedVault' | 'sealed' | 'plain' | 'showing';

const isCheckAnswers = (item: VaultItem): item is CheckAnswersItem => item.kind === 'checkAnswers';

export function useCheckAnswers() {
  const record = useVaultRecord(checkAnswersRecordId, isCheckAnswers);
  const remembered = useRememberedAnswers();
  const { stored, writeMode, write: writeRecord, remove } = record;

  const saved: SavedAnswers = useMemo(
    () =>
      stored.status === 'kept'
        ? { status: 'kept', answers: parseCheckAnswers(stored.item.answers, checkQuestions) }
        : stored,
    [stored],
  );
  // Without a lock, answers go to the phone only once the person chose to keep them (a row exists).
  const keepMode: KeepMode = writeMode === 'plain' && !record.hasRow ? 'memory' : writeMode;

  const write = useCallback(
    async (answers: CheckAnswers) => {
      await writeRecord({
        kind: 'checkAnswers',
        id: checkAnswersRecordId,
        order: 0,
        updatedAt: Date.now(),
        answers: { ...answers } as CheckAnswersItem['answers'],
      });
    },
    [writeRecord],
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
    if (saved.status === 'kept') rememberAnswers(saved.answers);
  }, [saved]);

  const erase = useCallback(async () => {
    forgetAnswers();
    await remove();
  }, [remove]);

  return {
    state: record.state,
    answers: remembered ?? {},
    hasAnswersInMemory: remembered !== null,
    saved,
    keepMode,
    lock: record.lock,
    update,
    keep,
    showSaved,
    erase,
  };
}
