import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/shared/cleanText';
import { formatError } from '../../src/shared/errorMessages';
import { initials } from '../../src/shared/initials';
import { applyFrenchSpacing, NARROW_NBSP, NBSP } from '../../src/shared/typography';

describe('French spacing', () => {
  test.each([
    ['Budget : 12 000 €', `Budget${NBSP}: 12 000 €`],
    ['Vraiment ?', `Vraiment${NARROW_NBSP}?`],
    ['Attention !', `Attention${NARROW_NBSP}!`],
    ['Deux points; un point', `Deux points${NARROW_NBSP}; un point`],
    ['« Un client »', `«${NBSP}Un client${NBSP}»`],
    ['https://exemple.fr/page?x=1', 'https://exemple.fr/page?x=1'],
    ['Réunion à 10:30', 'Réunion à 10:30'],
  ])('%s', (input, expected) => {
    expect(applyFrenchSpacing(input)).toBe(expected);
  });

  test('is idempotent', () => {
    const once = applyFrenchSpacing('« Objectif » : doubler ! Pourquoi ?');
    expect(applyFrenchSpacing(once)).toBe(once);
  });
});

describe('text cleaning at the boundary', () => {
  test('removes characters XML 1.0 forbids and repairs lone surrogates', () => {
    expect(cleanText('a\u0000b\u0008c\u000bd\u001fe\uffff')).toBe('abcde');
    expect(cleanText('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
    expect(cleanText('x\ud800y')).toBe('x\ufffdy');
    expect(cleanText('emoji 🎯 ok')).toBe('emoji 🎯 ok');
  });
});

describe('error messages', () => {
  test('French uses no-break spaces and names the field', () => {
    const message = formatError({ code: 'INVALID_PAYLOAD', params: { field: 'patch.endDate', reason: 'date inexistante', issue: 'custom' } }, 'fr');
    expect(message).toBe(`Donnée invalide pour le champ «${NBSP}patch.endDate${NBSP}»${NBSP}: date inexistante`);
  });

  test('English translates the issue kind', () => {
    expect(formatError({ code: 'INVALID_PAYLOAD', params: { field: 'lang', reason: 'x', issue: 'invalid_value' } }, 'en')).toBe(
      'Invalid value for field “lang”: not one of the allowed values.',
    );
  });

  test('a newer file names both versions', () => {
    expect(formatError({ code: 'FILE_TOO_NEW', params: { file: 'a.orchestre', version: 9, supported: 2 } }, 'en')).toContain('format 9');
  });
});

describe('monograms', () => {
  test.each([
    ['Les Ateliers Verdier', 'AV'],
    ["L'Atelier du Bois", 'AB'],
    ['Boulangerie Martin', 'BM'],
    ['Émilie', 'ÉM'],
    ['', '?'],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));
});
