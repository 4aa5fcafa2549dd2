/**
 * Reads the headers for every path ("/*") from public/_headers, the one place they are written,
 * so the preview server, the tests and the hosted site send the same set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      blocks.set(line.trim(), current);
      continue;
    }
    const separator = line.indexOf(':');
    if (!current || separator < 0) throw new Error(`public/_headers: cannot read line "${line}"`);
    current[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return blocks;
}

// Relative to the repository root: vite, vitest and playwright all run from there.
export function readSecurityHeaders(path = resolve(process.cwd(), 'public/_headers')): Record<string, string> {
  const headers = parseHeadersFile(readFileSync(path, 'utf8')).get('/*');
  if (!headers) throw new Error('public/_headers has no "/*" block');
  return headers;
}
