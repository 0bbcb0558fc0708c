// Writes electron/core/export/kit/pagination/wordFontMetrics.json: the advance width of each
// character and the line height of the fonts deliverables may use, as docx's Word-metric layout
// (`docx/layout`) measures them. The export's page-number estimator reads this table instead of
// laying every page out with docx/layout, which costs seconds per hundred pages.
// Run again after upgrading docx or adding a font: `npx tsx scripts/export/word-font-metrics.mts`.
import fs from 'node:fs';
import path from 'node:path';
import { Document, Paragraph, TextRun } from 'docx';
import { layoutDocument } from 'docx/layout';
import { WORD_SAFE_FONTS } from '../../src/shared/wordSafeFonts';

const OUT = path.join(import.meta.dirname, '../../electron/core/export/kit/pagination/wordFontMetrics.json');
const SIZE = 20; // points: large enough for sub-point precision, small enough for 40 copies on a line
const COPIES = 40;
const PX_TO_PT = 0.75;

const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0xff], [0x152, 0x153], [0x160, 0x161], [0x178, 0x178], [0x17d, 0x17e], [0x2013, 0x2014], [0x2018, 0x201e], [0x2020, 0x2022], [0x2026, 0x2026], [0x2030, 0x2030], [0x2039, 0x203a], [0x202f, 0x202f], [0x2009, 0x2009], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2192, 0x2192], [0x2264, 0x2265]];
const CHARS = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');
const FACES = [
  { key: 'regular', bold: false, italics: false },
  { key: 'bold', bold: true, italics: false },
  { key: 'italic', bold: false, italics: true },
  { key: 'boldItalic', bold: true, italics: true },
] as const;

function layOut(font: string, face: (typeof FACES)[number], texts: string[]) {
  const run = (text: string, brk = 0) => new TextRun({ text, font, size: SIZE * 2, bold: face.bold, italics: face.italics, break: brk });
  const children = texts.map((text) => new Paragraph({ spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' }, children: [run(text)] }));
  children.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' }, children: [run('x'), run('x', 1)] }));
  const document = new Document({ sections: [{ properties: { page: { size: { width: 31680, height: 31680 * 40 }, margin: { top: 720, bottom: 720, left: 720, right: 720 } } }, children }] });
  const lines = layoutDocument(document, { guess: true }).pages.flatMap((page) => page.body.flatMap((block) => (block.type === 'paragraph' ? [block.lines] : [])));
  return lines;
}

const fonts: Record<string, { lineHeight: number; faces: Record<string, number[]> }> = {};
for (const font of WORD_SAFE_FONTS) {
  const faces: Record<string, number[]> = {};
  let lineHeight = 0;
  for (const face of FACES) {
    const texts = [...CHARS].map((c) => (c === ' ' ? `a${' '.repeat(COPIES)}a` : c.repeat(COPIES)));
    texts.push('a'.repeat(COPIES));
    const lines = layOut(font, face, texts);
    const aWidth = lines[texts.length - 1]![0]!.textWidth / COPIES;
    faces[face.key] = [...CHARS].map((c, i) => {
      const width = lines[i]![0]!.textWidth;
      const perChar = c === ' ' ? (width - 2 * aWidth) / COPIES : width / COPIES;
      return Math.round(((perChar * PX_TO_PT) / SIZE) * 10000); // ten-thousandths of an em
    });
    const last = lines[lines.length - 1]!;
    if (face.key === 'regular') lineHeight = Math.round(((last[1]!.y - last[0]!.y) * PX_TO_PT * 10000) / SIZE) / 10000;
  }
  fonts[font] = { lineHeight, faces };
  console.log(font, lineHeight, faces.regular!.slice(0, 5));
}
fs.writeFileSync(OUT, `${JSON.stringify({ source: 'docx/layout Word metrics, via scripts/export/word-font-metrics.mts', unit: 'em/10000', chars: CHARS, fonts })}\n`);
console.log('wrote', OUT);
