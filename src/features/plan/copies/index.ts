/**
 * Everything that copies the vault out or wipes it: the encrypted export file, opening a copy on
 * another phone (merge or replace, only after the person confirms what it holds), printing, and
 * "delete everything". A copy holds every vault record — plan items, check answers, money — so what
 * a person keeps never depends on which screen they made it on.
 */
export { EraseEverything } from './EraseEverything';
export { ExportPlan } from './ExportPlan';
export { ImportPlan } from './ImportPlan';
export { usePrintAll } from './usePrintAll';
