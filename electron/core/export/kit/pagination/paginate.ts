import type { FlowBlock, FlowParagraph, PageArea } from './flow';

export interface Pagination {
  /** Page (from 1) each bookmark starts on. */
  bookmarks: Map<string, number>;
  pageCount: number;
  /** Pages of each section, in order. */
  sectionPageCounts: number[];
}

const EPSILON = 0.01;
const linesHeight = (p: FlowParagraph) => p.lines.reduce((h, l) => h + l.height, 0);

/**
 * Places blocks on pages as Word does for the kit's documents: between two paragraphs the
 * larger of the space after and the space before, space before dropped at the top of a page
 * after a natural break (kept after a hard one), lines that don't fit go to the
 * next page, `keepLines` paragraphs move whole, `keepNext` chains move together when they fit a
 * page, table rows never split and header rows repeat, a section break starts a new page.
 */
export function paginate(blocks: readonly FlowBlock[], area: PageArea): Pagination {
  const bookmarks = new Map<string, number>();
  const sectionPageCounts: number[] = [];
  let page = 1;
  let sectionStart = 1;
  let y = 0;
  let atTop = true;
  let hardTop = true; // the page began with a hard break (or the document): space before is kept
  let pendingAfter = 0; // the previous paragraph's space after, merged with what comes next

  const newPage = (hard: boolean) => {
    page++;
    y = 0;
    pendingAfter = 0;
    atTop = true;
    hardTop = hard;
  };
  const mark = (names: readonly string[]) => {
    for (const name of names) if (!bookmarks.has(name)) bookmarks.set(name, page);
  };

  /**
   * Height a keep-with-next chain needs from block `index` on: every block that keeps with the
   * next whole (a table's rows up to the first that doesn't keep), then the start of the first
   * that doesn't keep — its first line, or all of it when its lines are kept together.
   */
  const chainHeight = (index: number): number => {
    let height = 0;
    for (let i = index; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (i > index && block.kind === 'paragraph' && block.pageBreakBefore) return height;
      if (block.kind === 'table') {
        for (const row of block.rows) {
          height += row.height;
          if (!row.header && !row.keepNext) return height;
        }
        continue;
      }
      const lines = linesHeight(block);
      if (!block.keepNext) return height + block.before + (block.keepLines ? lines : (block.lines[0]?.height ?? 0));
      height += block.before + lines + block.after;
    }
    return height;
  };
  const wouldMove = (height: number) => !atTop && y + height > area.height + EPSILON && height <= area.height;

  /**
   * A paragraph's lines, page after page, with Word's widow and orphan control (on unless a
   * style turns it off, and the kit's don't): never one line alone at the foot or the head of
   * a page, so a paragraph of two or three lines moves whole.
   */
  const placeLines = (block: FlowParagraph) => {
    const lines = block.lines;
    let next = 0;
    while (next < lines.length) {
      if (lines[next]!.pageBreakBefore && !(atTop && next === 0)) newPage(true);
      const gap = next === 0 ? (atTop ? (hardTop ? block.before : 0) : Math.max(pendingAfter, block.before)) : 0;
      // How many of the remaining lines fit here (a hard page break inside ends the run).
      let room = area.height - y - gap;
      let fit = 0;
      while (next + fit < lines.length && (fit === 0 || !lines[next + fit]!.pageBreakBefore)) {
        const line = lines[next + fit]!;
        if (line.height <= room + EPSILON) {
          room -= line.height;
          fit++;
        } else {
          // The last line fits when its text does: the spacing below it may hang past the page.
          if (line.height - (line.below ?? 0) <= room + EPSILON) fit++;
          break;
        }
      }
      const rest = lines.length - next;
      if (fit < rest && !atTop && !(next + fit < lines.length && lines[next + fit]!.pageBreakBefore)) {
        if (fit < 2 || rest <= 3) fit = 0; // an orphan: the paragraph's start moves on
        else if (rest - fit < 2) fit = rest - 2; // a widow: one more line goes with it
      }
      if (fit === 0) {
        if (atTop) fit = 1; // a line taller than the page still goes somewhere
        else {
          newPage(false);
          continue;
        }
      }
      if (next === 0) {
        y += gap;
        pendingAfter = 0;
        mark(block.bookmarks);
      }
      for (let i = 0; i < fit; i++) y += lines[next + i]!.height;
      atTop = false;
      next += fit;
      if (next < lines.length && !lines[next]!.pageBreakBefore) newPage(false);
    }
  };

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'table') {
      const headers = block.rows.filter((r) => r.header);
      const headerHeight = headers.reduce((h, r) => h + r.height, 0);
      y += pendingAfter;
      pendingAfter = 0;
      block.rows.forEach((row, rowIndex) => {
        let needed = row.height;
        if (row.keepNext) {
          // Rows that keep with the next move together with it.
          needed = 0;
          for (let r = rowIndex; r < block.rows.length; r++) {
            needed += block.rows[r]!.height;
            if (!block.rows[r]!.keepNext) break;
          }
        }
        if (!atTop && (y + row.height > area.height + EPSILON || wouldMove(needed))) {
          newPage(false);
          if (!row.header && rowIndex > headers.length - 1 && headerHeight) y += headerHeight;
        }
        mark(row.bookmarks);
        y += row.height;
        atTop = false;
      });
      continue;
    }

    if (block.pageBreakBefore && !atTop) newPage(true);
    // keep-with-next: the chain from here to the first block that doesn't keep must share a page.
    if (block.keepNext && wouldMove(chainHeight(index))) newPage(false);
    if (block.keepLines && wouldMove(block.before + linesHeight(block))) newPage(false);

    placeLines(block);
    pendingAfter = block.after;
    if (block.endsSection) {
      sectionPageCounts.push(page - sectionStart + 1);
      newPage(true);
      sectionStart = page;
    }
  }
  sectionPageCounts.push(page - sectionStart + 1);
  return { bookmarks, pageCount: page, sectionPageCounts };
}
