import { describe, expect, it } from 'vitest';
import { xmlSafeAttributes } from '../../electron/core/export/charts/renderSvg';
import { deliverableFileName } from '../../electron/core/export/fileName';
import { Fmt } from '../../electron/core/export/kit/format';
import { columnWidths } from '../../electron/core/export/kit/tables';

describe('deliverable formatting', () => {
  it('writes French money, dates and spacing as French typographers do', () => {
    const fr = new Fmt('fr');
    expect(fr.money(1_250_000)).toBe('12\u202f500\u202f€');
    expect(fr.date('2026-11-23')).toBe('23 novembre 2026');
    expect(fr.text('Budget : 12 k€ ! « oui »')).toBe('Budget\u00a0: 12 k€\u202f! «\u00a0oui\u00a0»');
    expect(fr.text('a\u0001b\ud800c')).toBe('ab\ufffdc');
  });

  it('writes the English forms in English', () => {
    const en = new Fmt('en');
    expect(en.money(1_250_000)).toBe('€12,500');
    expect(en.date('2026-11-23')).toBe('23 November 2026');
    expect(en.text('Budget : ok')).toBe('Budget : ok');
  });

  it('cuts a 1 MB paragraph and says so', () => {
    const long = new Fmt('fr').text('x'.repeat(1_000_000));
    expect(long.length).toBeLessThan(20_100);
    expect(long).toContain('[texte tronqué]');
  });

  it('gives table grids integer widths that fill the text width exactly', () => {
    const widths = columnWidths([3, 1, 2.2], 9412);
    expect(widths.every(Number.isInteger)).toBe(true);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9412);
  });

  it('names files safely for every system', () => {
    expect(deliverableFileName('audit', 'A/B: "C" 🎉', 3, 'fr', 'fr')).toBe('Audit de présence digitale - A B C - v3.docx');
    expect(deliverableFileName('strategy', 'Client', 1, 'en', 'fr')).toBe('Digital strategy - Client - v1 (EN).docx');
  });

  it('turns chart HTML into XML resvg and Word accept', () => {
    expect(xmlSafeAttributes('<svg aria-label="</w:t>">a&nbsp;b</svg>')).toBe('<svg aria-label="&lt;/w:t&gt;">a&#160;b</svg>');
  });
});
