import { type RunFont } from './fontMetrics';
import { breakLines, type Piece } from './lineBreaker';
import type { FlowBlock, FlowParagraph, FlowRow, FlowTable, PageArea } from './flow';
import { attr, child, childrenOf, flag, nameOf, numberAttr, textOf, type XmlNode } from './ooxml';
import type { LayoutProps, StyleTable } from './styles';

const TWIP = 1 / 20;
const EMU_PER_POINT = 12700;
/** TableNormal's cell margins, which docx writes: 108 twips left and right, none above or below. */
const DEFAULT_CELL_MARGIN = { top: 0, bottom: 0, left: 108, right: 108 };
/** docx's bullet levels: text at 720 twips per level, hanging 360. */
const LIST_INDENT = 720;

export interface FlowContext {
  defaults: LayoutProps;
  styles: StyleTable;
}

function paragraphProps(ctx: FlowContext, pPr: XmlNode | undefined): LayoutProps {
  const styleId = attr(pPr && child(pPr, 'w:pStyle'), 'w:val');
  const props: LayoutProps = { ...ctx.defaults, ...(typeof styleId === 'string' ? ctx.styles.get(styleId) : undefined) };
  if (!pPr) return props;
  const spacing = child(pPr, 'w:spacing');
  props.before = numberAttr(spacing, 'w:before') ?? props.before;
  props.after = numberAttr(spacing, 'w:after') ?? props.after;
  props.line = numberAttr(spacing, 'w:line') ?? props.line;
  const rule = attr(spacing, 'w:lineRule');
  if (rule !== undefined) props.lineRule = rule === 'exact' ? 'exact' : rule === 'atLeast' ? 'atLeast' : 'auto';
  props.keepNext = flag(pPr, 'w:keepNext') ?? props.keepNext;
  props.keepLines = flag(pPr, 'w:keepLines') ?? props.keepLines;
  const ind = child(pPr, 'w:ind');
  props.indentLeft = numberAttr(ind, 'w:left') ?? numberAttr(ind, 'w:start') ?? props.indentLeft;
  props.indentRight = numberAttr(ind, 'w:right') ?? numberAttr(ind, 'w:end') ?? props.indentRight;
  const numPr = child(pPr, 'w:numPr');
  if (numPr && !ind) props.indentLeft = LIST_INDENT * ((numberAttr(child(numPr, 'w:ilvl'), 'w:val') ?? 0) + 1);
  const borders = child(pPr, 'w:pBdr');
  if (borders) {
    props.borderExtra = ['w:top', 'w:bottom'].reduce((sum, side) => {
      const border = child(borders, side);
      if (!border || attr(border, 'w:val') === 'none' || attr(border, 'w:val') === 'nil') return sum;
      return sum + (numberAttr(border, 'w:space') ?? 0) * 20 + ((numberAttr(border, 'w:sz') ?? 0) / 8) * 20;
    }, 0);
  }
  return props;
}

function runFont(base: LayoutProps, rPr: XmlNode | undefined): RunFont {
  const font: RunFont = { name: base.font, size: base.size, bold: base.bold, italic: base.italic };
  if (!rPr) return font;
  const name = attr(child(rPr, 'w:rFonts'), 'w:ascii');
  if (typeof name === 'string') font.name = name;
  const size = numberAttr(child(rPr, 'w:sz'), 'w:val');
  if (size !== undefined) font.size = size / 2;
  font.bold = flag(rPr, 'w:b') ?? font.bold;
  font.italic = flag(rPr, 'w:i') ?? font.italic;
  return font;
}

/** The run's content as pieces the line breaker places; field instructions are not text. */
function runPieces(run: XmlNode, props: LayoutProps, out: Piece[]): void {
  const font = runFont(props, child(run, 'w:rPr'));
  for (const part of childrenOf(run)) {
    const name = nameOf(part);
    if (name === 'w:t') out.push({ kind: 'text', text: textOf(part), font });
    else if (name === 'w:tab' || name === 'w:ptab') out.push({ kind: 'tab', font });
    else if (name === 'w:br') out.push(attr(part, 'w:type') === 'page' ? { kind: 'pageBreak' } : { kind: 'break' });
    else if (name === 'w:drawing') {
      const frame = child(part, 'wp:inline') ?? child(part, 'wp:anchor');
      const extent = frame && child(frame, 'wp:extent');
      const cy = numberAttr(extent, 'cy');
      if (cy !== undefined) out.push({ kind: 'image', height: cy / EMU_PER_POINT, width: (numberAttr(extent, 'cx') ?? 0) / EMU_PER_POINT });
    }
  }
}

function collectPieces(node: XmlNode, props: LayoutProps, pieces: Piece[], bookmarks: string[]): void {
  for (const part of childrenOf(node)) {
    const name = nameOf(part);
    if (name === 'w:r') runPieces(part, props, pieces);
    else if (name === 'w:bookmarkStart') {
      const bookmark = attr(part, 'w:name');
      if (typeof bookmark === 'string') bookmarks.push(bookmark);
    } else if (name === 'w:hyperlink' || name === 'w:smartTag' || name === 'w:ins' || name === 'w:fldSimple' || name === 'w:sdt' || name === 'w:sdtContent') {
      collectPieces(part, props, pieces, bookmarks);
    }
  }
}

function readParagraph(ctx: FlowContext, node: XmlNode, width: number): FlowParagraph {
  const pPr = child(node, 'w:pPr');
  const props = paragraphProps(ctx, pPr);
  const pieces: Piece[] = [];
  const bookmarks: string[] = [];
  collectPieces(node, props, pieces, bookmarks);
  const markFont = runFont(props, pPr && child(pPr, 'w:rPr'));
  const available = width - (props.indentLeft + props.indentRight) * TWIP;
  const lines = breakLines(pieces, { width: available, markFont, line: props.line, lineRule: props.lineRule });
  return {
    kind: 'paragraph',
    before: props.before * TWIP,
    after: props.after * TWIP + props.borderExtra * TWIP,
    lines,
    keepNext: props.keepNext,
    keepLines: props.keepLines,
    pageBreakBefore: flag(pPr, 'w:pageBreakBefore') ?? false,
    endsSection: Boolean(pPr && child(pPr, 'w:sectPr')),
    bookmarks,
  };
}

/** A cell's margins (`w:tcMar`, or a table's `w:tblCellMar`), each side falling back to `fallback`. */
function cellMargins(mar: XmlNode | undefined, fallback: typeof DEFAULT_CELL_MARGIN) {
  const side = (name: string, otherwise: number) => numberAttr(mar && child(mar, name), 'w:w') ?? otherwise;
  return { top: side('w:top', fallback.top), bottom: side('w:bottom', fallback.bottom), left: side('w:left', side('w:start', fallback.left)), right: side('w:right', side('w:end', fallback.right)) };
}

/** A cell's content height: its paragraphs' lines and spacing (between two paragraphs, the larger of the two spaces, as Word does), nested tables' rows. */
function contentHeight(blocks: FlowBlock[]): number {
  let height = 0;
  let pendingAfter = 0;
  for (const block of blocks) {
    if (block.kind === 'table') {
      height += pendingAfter + block.rows.reduce((h, r) => h + r.height, 0);
      pendingAfter = 0;
    } else {
      height += Math.max(pendingAfter, block.before) + block.lines.reduce((h, l) => h + l.height, 0);
      pendingAfter = block.after;
    }
  }
  return height + pendingAfter;
}

function readTable(ctx: FlowContext, node: XmlNode): FlowTable {
  const grid = childrenOf(child(node, 'w:tblGrid') ?? {}).map((col) => numberAttr(col, 'w:w') ?? 0);
  const tblPr = child(node, 'w:tblPr');
  const tblMar = tblPr && child(tblPr, 'w:tblCellMar');
  const tableMargins = cellMargins(tblMar, DEFAULT_CELL_MARGIN);
  const borders = tblPr && child(tblPr, 'w:tblBorders');
  // Horizontal borders take room: the top one in the first row, the inside ones between rows, the bottom one in the last.
  const rule = (side: string) => {
    const border = borders && child(borders, side);
    const style = border && attr(border, 'w:val');
    return border && style !== 'none' && style !== 'nil' ? (numberAttr(border, 'w:sz') ?? 0) / 8 : 0;
  };
  const [topRule, insideRule, bottomRule] = [rule('w:top'), rule('w:insideH'), rule('w:bottom')];
  const rows: FlowRow[] = [];
  for (const tr of childrenOf(node).filter((c) => nameOf(c) === 'w:tr')) {
    const trPr = child(tr, 'w:trPr');
    const bookmarks: string[] = [];
    let column = 0;
    let height = 0;
    let keepNext = false;
    for (const tc of childrenOf(tr).filter((c) => nameOf(c) === 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = numberAttr(tcPr && child(tcPr, 'w:gridSpan'), 'w:val') ?? 1;
      const gridWidth = grid.slice(column, column + span).reduce((a, b) => a + b, 0) || (numberAttr(tcPr && child(tcPr, 'w:tcW'), 'w:w') ?? 0);
      column += span;
      const margins = cellMargins(tcPr && child(tcPr, 'w:tcMar'), tableMargins);
      const inner = (gridWidth - margins.left - margins.right) * TWIP;
      const blocks = readBlocks(ctx, childrenOf(tc).filter((c) => nameOf(c) !== 'w:tcPr'), inner);
      for (const block of blocks) bookmarks.push(...(block.kind === 'paragraph' ? block.bookmarks : block.rows.flatMap((r) => r.bookmarks)));
      keepNext ||= blocks.some((block) => block.kind === 'paragraph' && block.keepNext);
      // A vertically merged continuation cell adds nothing to its row.
      if (tcPr && child(tcPr, 'w:vMerge') && attr(child(tcPr, 'w:vMerge')!, 'w:val') !== 'restart') continue;
      height = Math.max(height, contentHeight(blocks) + (margins.top + margins.bottom) * TWIP);
    }
    const trHeight = trPr && child(trPr, 'w:trHeight');
    const fixed = numberAttr(trHeight, 'w:val');
    if (fixed !== undefined) height = attr(trHeight!, 'w:hRule') === 'exact' ? fixed * TWIP : Math.max(height, fixed * TWIP);
    rows.push({ height: height + (rows.length === 0 ? topRule : insideRule), header: flag(trPr, 'w:tblHeader') ?? false, keepNext, bookmarks });
  }
  if (rows.length) rows[rows.length - 1]!.height += bottomRule;
  return { kind: 'table', rows };
}

/** Body-level elements (or a cell's) to flow blocks; a content control's content is read in place. */
export function readBlocks(ctx: FlowContext, nodes: XmlNode[], width: number): FlowBlock[] {
  const out: FlowBlock[] = [];
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === 'w:p') out.push(readParagraph(ctx, node, width));
    else if (name === 'w:tbl') out.push(readTable(ctx, node));
    else if (name === 'w:sdt') out.push(...readBlocks(ctx, childrenOf(child(node, 'w:sdtContent') ?? {}), width));
  }
  return out;
}

/** The page's text area from the body's section properties (every section of a deliverable shares it). */
export function pageAreaOf(body: XmlNode, fallback: { width: number; height: number; top: number; bottom: number; left: number; right: number }): PageArea {
  const sectPr = child(body, 'w:sectPr');
  const size = sectPr && child(sectPr, 'w:pgSz');
  const margin = sectPr && child(sectPr, 'w:pgMar');
  const width = numberAttr(size, 'w:w') ?? fallback.width;
  const height = numberAttr(size, 'w:h') ?? fallback.height;
  const top = Math.abs(numberAttr(margin, 'w:top') ?? fallback.top);
  const bottom = Math.abs(numberAttr(margin, 'w:bottom') ?? fallback.bottom);
  const left = numberAttr(margin, 'w:left') ?? fallback.left;
  const right = numberAttr(margin, 'w:right') ?? fallback.right;
  return { width: (width - left - right) * TWIP, height: (height - top - bottom) * TWIP };
}
