/**
 * The situation check's answers, kept on this device only, as one record in the settings table.
 * Stored as given and validated by the check feature on read: storage can hold anything, and an
 * older or damaged record must never break the screen.
 */
import { database } from './database';
import { requestPersistenceOnce } from './persistence';
import { guardWrite, reportStorageError } from './storageErrors';

const key = 'checkAnswers';

export async function readCheckAnswers(): Promise<unknown> {
  try {
    return (await database.settings.get(key))?.value;
  } catch (error) {
    reportStorageError(error);
    return undefined;
  }
}

export async function saveCheckAnswers(answers: unknown): Promise<void> {
  await guardWrite(() => database.settings.put({ key, value: answers }));
  void requestPersistenceOnce();
}

export async function eraseCheckAnswers(): Promise<void> {
  await guardWrite(() => database.settings.delete(key));
}
