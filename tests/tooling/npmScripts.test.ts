// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('the npm scripts a newcomer runs', () => {
  it('start builds and serves the production build with its service worker on 127.0.0.1', () => {
    expect(scripts.start).toMatch(/^vite build && vite preview --host 127\.0\.0\.1/);
  });

  it.each(Object.entries(scripts))('%s names only files that exist', (_name, command) => {
    const files = [...command.matchAll(/\bscripts\/[\w./-]+/g)].map((match) => match[0]);
    expect(files.filter((file) => !existsSync(file))).toEqual([]);
  });
});
