import { lazy } from 'react';

export { ShowingBar } from './ShowingBar';
export { copyColumnId, ShowingColumns } from './ShowingColumns';
export { ShowingEntry } from './ShowingEntry';
export { columnTranslator, useShowingMode, useShowingSession } from './showingSession';

/** Loads on demand with its QR encoder and contact lines; the chunk is precached for offline use. */
export const HandOutCardScreen = lazy(() =>
  import('./handOut/HandOutCardScreen').then((module) => ({ default: module.HandOutCardScreen })),
);
