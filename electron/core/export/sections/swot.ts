import { Paragraph, TextRun } from 'docx';
import type { Block } from '../kit/document';
import { bullets, emptyNote, h1, h2 } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { CONTENT_WIDTH } from '../kit/page';
import { lighten } from '../kit/theme';
import { layoutTable } from '../kit/tables';

/** SWOT as a 2×2 grid: strengths and weaknesses (internal) over opportunities and threats (external). */
export function swotSection(ctx: Ctx, options: { asChapter?: boolean } = {}): Block[] {
  const items = ctx.snap.audit.swot;
  const title = options.asChapter ? h1(ctx, ctx.L.sections.swot, { newPage: true }) : h2(ctx, ctx.L.sections.swot);
  if (!items.length) return [title, emptyNote(ctx)];
  const cell = (quadrant: 'strength' | 'weakness' | 'opportunity' | 'threat', colour: string) => ({
    fill: lighten(colour, 0.88),
    margins: 140,
    children: [
      new Paragraph({ keepNext: true, spacing: { after: 80 }, children: [new TextRun({ text: ctx.fmt.text(ctx.L.swot[quadrant]), bold: true, color: colour, size: 24 })] }),
      ...(() => {
        const list = items.filter((i) => i.quadrant === quadrant).map((i) => i.text);
        return list.length ? bullets(ctx, list) : [emptyNote(ctx)];
      })(),
    ],
  });
  const half = Math.floor(CONTENT_WIDTH / 2);
  return [
    title,
    layoutTable([half, CONTENT_WIDTH - half], [
      [cell('strength', '2E7D5B'), cell('weakness', 'B5523B')],
      [cell('opportunity', ctx.theme.primary), cell('threat', '8A6D1F')],
    ]),
  ];
}
