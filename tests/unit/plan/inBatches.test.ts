import { describe, expect, it } from 'vitest';
import { mapInBatches } from '../../../src/lib/inBatches';

describe('working through long lists in batches', () => {
  it('keeps the order and every result', async () => {
    const items = Array.from({ length: 1234 }, (_, index) => index);
    expect(await mapInBatches(items, async (value) => value * 2, { batchSize: 100, busyMs: 0 })).toEqual(
      items.map((value) => value * 2),
    );
  });

  it('gives other work a turn in between', async () => {
    let otherWorkRan = false;
    setTimeout(() => (otherWorkRan = true), 0);
    await mapInBatches(Array.from({ length: 10 }), () => undefined, { batchSize: 1, busyMs: -1 });
    expect(otherWorkRan).toBe(true);
  });
});
