import { Document, Packer, Paragraph, TableOfContents, TextRun, type PageNumberEstimator, type Table } from 'docx';
import type { Ctx } from './context';
import { coverChildren } from './cover';
import { bodyFooter, bodyHeader } from './headerFooter';
import { PAGE } from './page';
import { kitPageNumbers } from './pagination/estimator';
import { documentStyles } from './styles';

export type Block = Paragraph | Table | TableOfContents;

const margins = {
  top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginSide, right: PAGE.marginSide,
  header: PAGE.header, footer: PAGE.footer,
};

/**
 * Cover section (no header/footer) then the body section with the TOC, both in one
 * page numbering (no restart: a restart makes LibreOffice count a phantom page).
 */
export function assemble(ctx: Ctx, body: readonly Block[], options: { toc?: boolean; pageNumbers?: (styles: ReturnType<typeof documentStyles>) => PageNumberEstimator } = {}): Document {
  const toc = options.toc === false ? [] : [
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: ctx.fmt.text(ctx.L.toc), bold: true, size: 40, color: ctx.theme.primary, font: ctx.theme.headingFont })] }),
    new TableOfContents(ctx.L.toc, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  const [first, ...rest] = body;
  const firstAfterToc = toc.length && first instanceof Paragraph ? [new Paragraph({ pageBreakBefore: true, children: [] })] : [];
  const { info } = ctx.snap.engagement;
  const styles = documentStyles(ctx.theme);
  return new Document({
    creator: ctx.fmt.text(ctx.theme.profile.agencyName || ctx.theme.profile.name).slice(0, 200),
    title: ctx.fmt.text(`${ctx.L.titles[ctx.kind]} — ${info.clientName}`).slice(0, 250),
    description: ctx.fmt.text(info.title).slice(0, 250),
    compatabilityModeVersion: 15,
    // Real numbers in the TOC and « Page X / Y » when the file opens, without F9 or a prompt.
    pageNumbers: (options.pageNumbers ?? kitPageNumbers)(styles),
    styles,
    sections: [
      { properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: margins } }, children: coverChildren(ctx) },
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: margins } },
        headers: { default: bodyHeader(ctx) },
        footers: { default: bodyFooter(ctx) },
        children: [...toc, ...firstAfterToc, ...(first ? [first] : []), ...rest],
      },
    ],
  });
}

export async function toBuffer(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
