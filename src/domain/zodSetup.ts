/**
 * Zod's fast path compiles validators with `new Function`, which the Content Security Policy forbids
 * (no 'unsafe-eval'). Even its feature test logs a CSP violation, so turn the fast path off before
 * any schema runs. Imported first by src/main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
