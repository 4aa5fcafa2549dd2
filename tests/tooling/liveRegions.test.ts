// @vitest-environment node
/**
 * One pair of live regions for the whole app (src/ui/Announcer.tsx, fed by src/lib/announcer.ts).
 * A live region that appears together with its text is often not read, and two dozen of them talk
 * over each other: everything else calls `announce`. This fails on any other role="status",
 * role="alert" or aria-live in src.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const allowed = new Set(['src/ui/Announcer.tsx']);
const livePattern =
  /\brole\s*[=:]\s*\{?\s*["'`](?:status|alert|log)["'`]|aria-live|ariaLive|role=\{[^}]*\b(?:status|alert)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

describe('live regions', () => {
  it('exist only in the announcer', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .map((path) => relative(root, path).split('\\').join('/'))
      .filter((path) => !allowed.has(path))
      .flatMap((path) =>
        readFileSync(join(root, path), 'utf8')
          .split('\n')
          .flatMap((line, index) => (livePattern.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('the announcer itself has one polite and one assertive region', () => {
    const text = readFileSync(join(root, 'src/ui/Announcer.tsx'), 'utf8');
    expect(text.match(/aria-live="polite"/g)).toHaveLength(1);
    expect(text.match(/aria-live="assertive"/g)).toHaveLength(1);
  });
});
