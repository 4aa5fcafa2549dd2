/**
 * Zod's fast path compiles validators with `new Function`, which the Content Security Policy forbids
 * (no 'unsafe-eval'). Even its feature test logs a CSP violation, so turn the fast path off before
 * any schema runs. Imported first by src/main.tsx.
 *
 * Without importing zod: zod keeps its configuration on `globalThis.__zod_globalConfig` and takes an
 * object already there as its own (zod/v4/core/core.js), so zod itself (about 5 KiB gzip) stays out
 * of the first download and loads with the first screen that validates anything.
 * tests/unit/zodSetup.test.ts checks that zod still reads it.
 */
export {};

const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
