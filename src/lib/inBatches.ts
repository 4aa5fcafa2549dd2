/**
 * Long lists (a plan of thousands of items) are opened, sealed and checked in batches that give the
 * main thread back every few tens of milliseconds, so the screen — and quick exit — keep responding.
 */
type Scheduler = { yield?: () => Promise<void> };

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function mapInBatches<T, R>(
  items: readonly T[],
  work: (item: T) => R | Promise<R>,
  { batchSize = 100, busyMs = 30 }: { batchSize?: number; busyMs?: number } = {},
): Promise<R[]> {
  const results: R[] = [];
  let since = performance.now();
  for (let start = 0; start < items.length; start += batchSize) {
    results.push(...(await Promise.all(items.slice(start, start + batchSize).map(work))));
    if (performance.now() - since > busyMs) {
      await yieldToMain();
      since = performance.now();
    }
  }
  return results;
}
