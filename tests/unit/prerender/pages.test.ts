import { describe, expect, it } from 'vitest';
import { firstScreenPage } from '../../../src/prerender/pages';

describe('the first screen the service worker serves', () => {
  it('is the start screen in the language chosen on this device, whatever the browser speaks', () => {
    expect(firstScreenPage('ar', ['nl-NL'])).toBe('/start/ar.html');
    expect(firstScreenPage('pt-BR', [])).toBe('/start/pt-BR.html');
  });

  it('is the language choice in the browser language for a new visitor', () => {
    expect(firstScreenPage(undefined, ['pl-PL', 'en'])).toBe('/language/pl.html');
    expect(firstScreenPage(undefined, ['pt-PT'])).toBe('/language/pt-BR.html');
  });

  it('falls back to index.html for a language Verder does not have or a setting that is not a language', () => {
    expect(firstScreenPage(undefined, ['de-DE'])).toBeNull();
    expect(firstScreenPage('../index', ['de'])).toBeNull();
    expect(firstScreenPage(42, [])).toBeNull();
  });
});
