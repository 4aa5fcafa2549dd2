export { ShowingBar } from './ShowingBar';
export { ShowingColumns } from './ShowingColumns';
export { ShowingEntry } from './ShowingEntry';
export { useShowingMode, useShowingSession } from './showingSession';
