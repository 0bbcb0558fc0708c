import { describe, expect, test } from 'vitest';
import { markMatches, queryWords, snippet } from '../../electron/core/domain/search/markMatches';
import { ftsQuery } from '../../electron/core/domain/search/ftsQuery';

const marked = (parts: { text: string; match: boolean }[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('search text helpers', () => {
  test('query words fold case and accents; each marks the words it begins', () => {
    const words = queryWords('RESEAU revend');
    expect(words).toEqual(['reseau', 'revend']);
    expect(marked(markMatches('Le réseau de revendeurs, les Réseaux', words))).toBe('Le [réseau] de [revendeurs], les [Réseaux]');
    expect(marked(markMatches('<b>texte</b>', queryWords('b')))).toBe('<[b]>texte</[b]>');
  });

  test('a snippet keeps about a dozen words around the first match', () => {
    const text = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(' ') + ' visibilité locale ' + 'fin '.repeat(20);
    const parts = snippet(text, queryWords('visib'));
    expect(parts[0]!.text).toBe('…');
    expect(parts.at(-1)!.text).toBe('…');
    expect(marked(parts)).toContain('[visibilité] locale');
    expect(marked(parts).split(' ').length).toBeLessThanOrEqual(14);
    expect(marked(snippet('court texte', queryWords('texte')))).toBe('court [texte]');
  });

  test('anything typed becomes quoted prefixes or nothing', () => {
    expect(ftsQuery('"NEAR( a* -b')).toBe('"NEAR"* "a"* "b"*');
    expect(ftsQuery('*-"()')).toBeNull();
    expect(ftsQuery('e\u0301t\u00e9')).toBe('"\u00e9t\u00e9"*');
  });
});
