/**
 * The situation check's answers, kept on this device only, as one record in the settings table.
 * Stored as given and validated by the check feature on read: storage can hold anything, and an
 * older or damaged record must never break the screen.
 *
 * In "showing someone" mode the answers live in the memory overlay only, and the worker's own
 * stored answers are neither shown nor changed: the person being shown starts with an empty check.
 */
import { database } from './database';
import { eraseOverlayValue, isOverlayActive, readOverlayValue, writeOverlayValue } from './memoryOverlay';
import { requestPersistenceOnce } from './persistence';
import { guardWrite, reportStorageError } from './storageErrors';

const key = 'checkAnswers';

export async function readCheckAnswers(): Promise<unknown> {
  if (isOverlayActive()) return readOverlayValue(key);
  try {
    return (await database.settings.get(key))?.value;
  } catch (error) {
    reportStorageError(error);
    return undefined;
  }
}

export async function saveCheckAnswers(answers: unknown): Promise<void> {
  if (isOverlayActive()) {
    writeOverlayValue(key, answers);
    return;
  }
  await guardWrite(() => database.settings.put({ key, value: answers }));
  void requestPersistenceOnce();
}

export async function eraseCheckAnswers(): Promise<void> {
  if (isOverlayActive()) {
    eraseOverlayValue(key);
    return;
  }
  await guardWrite(() => database.settings.delete(key));
}
