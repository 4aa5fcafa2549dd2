export { ShowingBar } from './ShowingBar';
export { ShowingColumns } from './ShowingColumns';
export { ShowingEntry } from './ShowingEntry';
export { columnTranslator, useShowingMode, useShowingSession } from './showingSession';
