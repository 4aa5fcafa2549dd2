// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, readSecurityHeaders } from '../../scripts/securityHeaders';

const headers = readSecurityHeaders();
const deployGuide = readFileSync('docs/deploy.md', 'utf8');

describe('the security headers', () => {
  it('allow nothing but the app’s own origin', () => {
    const csp = headers['Content-Security-Policy'] ?? '';
    const directives = csp.split(';').map((directive) => directive.trim());
    for (const directive of directives) {
      const [name, ...sources] = directive.split(/\s+/);
      expect({ name, sources: sources.filter((source) => source !== "'self'" && source !== "'none'") }).toEqual({
        name,
        sources: [],
      });
    }
    for (const required of ["object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
      expect(directives).toContain(required);
    }
  });

  it('ask browsers to use https only, for at least a year, on subdomains too (threat: a downgraded first connection)', () => {
    const hsts = headers['Strict-Transport-Security'] ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0)).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
  });

  it('are the same in the nginx example of docs/deploy.md', () => {
    const nginxBlock = deployGuide.split('```nginx')[1]?.split('```')[0] ?? '';
    const nginxHeaders = Object.fromEntries(
      [...nginxBlock.matchAll(/^ {4}add_header ([\w-]+) "([^"]*)" always;$/gm)].map((match) => [match[1], match[2]]),
    );
    expect(nginxHeaders).toEqual(headers);
  });

  it('are read from _headers as a file a static host understands', () => {
    const parsed = parseHeadersFile('/*\n  A: b\n\n/sw.js\n  Cache-Control: no-cache\n');
    expect(parsed.get('/*')).toEqual({ A: 'b' });
    expect(parsed.get('/sw.js')).toEqual({ 'Cache-Control': 'no-cache' });
  });
});
