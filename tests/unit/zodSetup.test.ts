import { describe, expect, it, vi } from 'vitest';

describe('zod set up for the Content Security Policy', () => {
  it('is jitless from its first schema, though the set-up does not import zod', async () => {
    await import('../../src/domain/zodSetup');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
    // No validator is compiled with new Function (the CSP forbids it): parsing an object never calls it.
    const compile = vi.spyOn(globalThis, 'Function');
    const schema = z.object({ name: z.string(), count: z.number() });
    expect(schema.parse({ name: 'a', count: 1 })).toEqual({ name: 'a', count: 1 });
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
    expect(compile).not.toHaveBeenCalled();
    compile.mockRestore();
  });
});
