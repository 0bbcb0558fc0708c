import { describe, expect, test } from 'vitest';
import { decodeTextFile } from '../../src/shared/decodeTextFile';

/** Windows-1252 bytes, as French Excel writes a « CSV (séparateur : point-virgule) ». */
function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { '€': 0x80, '’': 0x92, Œ: 0x8c, œ: 0x9c };
  return Uint8Array.from([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

describe('reading a CSV file chosen by the user', () => {
  test('UTF-8, with or without BOM, is read as is', () => {
    const text = 'Date;Indicateur;Valeur\n31/01/2026;Taux d’ouverture;12,5\n';
    expect(decodeTextFile(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeTextFile(withBom).text).toBe(text);
  });

  test('an Excel (Windows-1252) export keeps its accents, euro sign and apostrophes', () => {
    const text = 'Concurrent;Dépenses;Échéance\nCafé Œuvre;1 200 €;31/03/2026\nL’Atelier;800;28/02/2026\n';
    const decoded = decodeTextFile(windows1252(text));
    expect(decoded).toEqual({ text, encoding: 'windows-1252' });
    expect(decoded.text).not.toContain('\ufffd');
  });
});
