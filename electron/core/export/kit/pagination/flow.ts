/** What the page layout places: paragraphs as lines, tables as rows. Lengths in points. */
export interface FlowLine {
  height: number;
  /** What a line spacing multiple adds below the text: Word lets it hang past the foot of a page. */
  below?: number;
  /** A page break (`<w:br w:type="page"/>`) comes before this line. */
  pageBreakBefore?: boolean;
}

export interface FlowParagraph {
  kind: 'paragraph';
  before: number;
  after: number;
  lines: FlowLine[];
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  /** The paragraph ends its section: what follows starts on a new page. */
  endsSection: boolean;
  bookmarks: string[];
}

export interface FlowRow {
  height: number;
  header: boolean;
  /** A paragraph in the row keeps with the next: Word keeps the row with the next row (or what follows the table). */
  keepNext: boolean;
  bookmarks: string[];
}

export interface FlowTable {
  kind: 'table';
  rows: FlowRow[];
}

export type FlowBlock = FlowParagraph | FlowTable;

/** The page's text area, in points. */
export interface PageArea {
  width: number;
  height: number;
}
