import { describe, expect, test } from 'vitest';
import { formatEuros, formatIsoDate, formatRelativeTime } from '../../src/app/format/intl';
import { dateTimeFormat, numberFormat } from '../../src/shared/intlCache';
import { formatDay } from '../../src/features/plan/planFormat';

describe('Intl formatters made once', () => {
  test('the same locale and options give the same formatter; other options another one', () => {
    expect(numberFormat('fr-FR', { style: 'percent' })).toBe(numberFormat('fr-FR', { style: 'percent' }));
    expect(numberFormat('fr-FR', { style: 'percent' })).not.toBe(numberFormat('en-GB', { style: 'percent' }));
    expect(dateTimeFormat('fr-FR', { dateStyle: 'long' })).not.toBe(dateTimeFormat('fr-FR', { dateStyle: 'medium' }));
  });

  test('what they write is unchanged, whatever was formatted before', () => {
    expect(formatEuros(123456, 'fr')).toBe('1\u202f234,56\u00a0€');
    expect(formatEuros(120000, 'fr')).toBe('1\u202f200\u00a0€');
    expect(formatEuros(123456, 'fr')).toBe('1\u202f234,56\u00a0€');
    expect(formatDay('2026-05-04', 'fr')).toBe('4 mai 2026');
    expect(formatDay('2026-05-04', 'en')).toBe('4 May 2026');
    expect(formatIsoDate('2026-05-04', 'fr')).toBe('4 mai 2026');
    expect(formatRelativeTime(Date.now() - 3 * 60_000, 'fr')).toBe('il y a 3 minutes');
  });
});
