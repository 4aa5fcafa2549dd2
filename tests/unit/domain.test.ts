import { describe, expect, it } from 'vitest';
import { isPhaseId, phaseIds } from '../../src/domain/phases';
import { isDomainId } from '../../src/domain/domains';

describe('phase and domain ids', () => {
  it('recognises the four phases and nothing else', () => {
    expect(phaseIds).toEqual(['working', 'considering', 'stopping', 'after']);
    expect(isPhaseId('stopping')).toBe(true);
    expect(isPhaseId('exit')).toBe(false);
  });
  it('recognises a life domain', () => {
    expect(isDomainId('housing')).toBe(true);
    expect(isDomainId('rescue')).toBe(false);
  });
});
