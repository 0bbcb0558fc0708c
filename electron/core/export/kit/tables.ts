import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type ParagraphChild } from 'docx';
import type { Ctx } from './context';
import { runs } from './blocks';
import { CONTENT_WIDTH } from './page';

export interface Column {
  header: string;
  /** Share of the content width; shares are normalised so the grid always fills the width exactly. */
  share: number;
  align?: 'left' | 'right' | 'center';
}

/** A cell's content: plain text, or ready-made paragraph children (bold label + text…). */
export type CellValue = string | { children: ParagraphChild[] } | { text: string; bold?: boolean; color?: string; fill?: string };

/** Integer twip widths that sum exactly to `total` (LibreOffice and Google Docs honour the grid, Word the cells). */
export function columnWidths(shares: readonly number[], total = CONTENT_WIDTH): number[] {
  const sum = shares.reduce((a, b) => a + b, 0) || 1;
  const widths = shares.map((share) => Math.floor((share / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const thin = (colour: string) => ({ style: BorderStyle.SINGLE, size: 4, color: colour });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cellParagraph(ctx: Ctx, value: CellValue, align: Column['align'], header: boolean): Paragraph {
  const alignment = align ?? 'left';
  if (typeof value === 'string') {
    return new Paragraph({
      style: 'TableText',
      alignment,
      children: header ? [new TextRun({ text: ctx.fmt.text(value), bold: true, color: 'FFFFFF' })] : runs(ctx, value),
    });
  }
  if ('children' in value) return new Paragraph({ style: 'TableText', alignment, children: value.children });
  return new Paragraph({ style: 'TableText', alignment, children: runs(ctx, value.text, { bold: value.bold, color: value.color }) });
}

/**
 * A data table: fixed layout with an explicit grid and cell widths, the header row repeated
 * on each page (`tableHeader` on that row only), rows that never split across pages.
 */
export function dataTable(ctx: Ctx, columns: readonly Column[], rows: readonly CellValue[][], options: { total?: number; zebra?: boolean } = {}): Table {
  const widths = columnWidths(columns.map((c) => c.share), options.total);
  const cell = (value: CellValue, index: number, header: boolean, rowIndex: number) => {
    const fill = header ? ctx.theme.primary : typeof value === 'object' && 'fill' in value && value.fill ? value.fill : options.zebra !== false && rowIndex % 2 === 1 ? 'F5F6F8' : undefined;
    return new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 50, bottom: 50, left: 90, right: 90 },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      children: [cellParagraph(ctx, value, columns[index]?.align, header)],
    });
  };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell(column.header, index, true, 0)),
  });
  const body = rows.map((row, rowIndex) => new TableRow({ cantSplit: true, children: row.map((value, index) => cell(value, index, false, rowIndex)) }));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: thin(ctx.theme.primary), bottom: thin(ctx.theme.rule), left: none, right: none,
      insideHorizontal: thin('E3E5E8'), insideVertical: none,
    },
    rows: [header, ...body],
  });
}

/** A borderless layout grid (cover logos, persona cards): explicit widths, nothing repeated. */
export interface LayoutCell {
  children: readonly (Paragraph | Table)[];
  fill?: string;
  margins?: number;
}

export function layoutTable(widths: readonly number[], cells: readonly (readonly Paragraph[] | LayoutCell)[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: cells.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.map((content, index) => {
            const spec: LayoutCell = Array.isArray(content) ? { children: content as readonly Paragraph[] } : (content as LayoutCell);
            const margin = spec.margins ?? 0;
            return new TableCell({
              width: { size: widths[index]!, type: WidthType.DXA },
              margins: { top: margin, bottom: margin, left: margin, right: margin },
              ...(spec.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: spec.fill } } : {}),
              children: spec.children.length ? [...spec.children] : [new Paragraph({ children: [] })],
            });
          }),
        }),
    ),
  });
}
