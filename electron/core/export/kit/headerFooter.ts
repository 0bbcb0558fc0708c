import { BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { Ctx } from './context';
import { CONTENT_WIDTH } from './page';

const pt = (points: number) => points * 2;

/** Agency on the left, deliverable and client on the right, over a thin brand rule. */
export function bodyHeader(ctx: Ctx): Header {
  const { profile } = ctx.theme;
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ctx.theme.primary, space: 4 } },
        children: [
          new TextRun({ text: ctx.fmt.text(profile.agencyName || profile.name), bold: true, size: pt(8.5), color: ctx.theme.primary }),
          new TextRun({ text: `\t${ctx.fmt.text(`${ctx.L.titles[ctx.kind]} — ${ctx.snap.engagement.info.clientName}`)}`, size: pt(8.5), color: ctx.theme.muted }),
        ],
      }),
    ],
  });
}

/** Legal footer on the left, « Page X / Y » on the right (PAGE and NUMPAGES fields, no restart). */
export function bodyFooter(ctx: Ctx): Footer {
  const legal = ctx.fmt.text(ctx.theme.profile.legalFooter).replace(/\n+/g, ' · ');
  const confidentiality = ctx.fmt.text(ctx.snap.engagement.info.confidentiality || ctx.L.cover.confidential);
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: ctx.theme.rule, space: 4 } },
        children: [
          new TextRun({ text: (legal || confidentiality).slice(0, 160), size: pt(7.5), color: ctx.theme.muted }),
          new TextRun({ children: ['\t', `${ctx.L.page} `, PageNumber.CURRENT, ` ${ctx.L.of} `, PageNumber.TOTAL_PAGES], size: pt(8.5), color: ctx.theme.primary, bold: true }),
        ],
      }),
      ...(legal ? [new Paragraph({ children: [new TextRun({ text: confidentiality.slice(0, 160), size: pt(7), color: ctx.theme.muted, italics: true })] })] : []),
    ],
  });
}
