import { describe, expect, test } from 'vitest';
import { isStale } from '../../src/shared/observationAge';

describe('an observation ages after six months', () => {
  test('flags only what is older than six calendar months', () => {
    expect(isStale('2026-05-23', '2026-11-23')).toBe(false);
    expect(isStale('2026-05-22', '2026-11-23')).toBe(true);
    expect(isStale('2025-12-31', '2026-06-30')).toBe(false);
    expect(isStale('2025-12-31', '2026-07-01')).toBe(true);
    expect(isStale('2026-08-01', '2027-01-15', 6)).toBe(false);
    expect(isStale(null, '2026-11-23')).toBe(false);
  });
});
