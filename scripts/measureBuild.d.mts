export interface BuildSizes {
  initialJs: number;
  initialJsFiles: string[];
  css: number;
  html: number;
  locales: Record<string, number>;
  /** One entry per chunk, e.g. "bg-explore". */
  localePacks: Record<string, number>;
  precache: number;
  precacheEntries: number;
  firstVisitWorstLanguage: number;
}
export const budgetsKiB: { initialJs: number; css: number; precache: number; localePack: number };
export function measureBuild(dist?: string): BuildSizes;
