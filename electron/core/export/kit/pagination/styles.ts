import type { IStylesOptions } from 'docx';

/** The paragraph and run properties the page layout needs, resolved for a style or a paragraph. */
export interface LayoutProps {
  font: string;
  /** Points. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** Twips. */
  before: number;
  after: number;
  /** Twips, read with lineRule: 'auto' → 240ths of a line, 'exact' / 'atLeast' → twips. */
  line: number;
  lineRule: 'auto' | 'exact' | 'atLeast';
  keepNext: boolean;
  keepLines: boolean;
  indentLeft: number;
  indentRight: number;
  /** Extra height a bottom or top border adds (space + line width), twips. */
  borderExtra: number;
}

export type StyleTable = ReadonlyMap<string, Partial<LayoutProps>>;

interface LooseStyle {
  run?: { font?: string | { ascii?: string; name?: string }; size?: number | string; bold?: boolean; italics?: boolean };
  paragraph?: {
    spacing?: { before?: number; after?: number; line?: number; lineRule?: string };
    keepNext?: boolean;
    keepLines?: boolean;
    indent?: { left?: number; right?: number };
  };
}

const DOC_DEFAULT: LayoutProps = {
  font: 'Times New Roman', size: 10, bold: false, italic: false, before: 0, after: 0, line: 240, lineRule: 'auto',
  keepNext: false, keepLines: false, indentLeft: 0, indentRight: 0, borderExtra: 0,
};

function fromStyle(style: LooseStyle | undefined): Partial<LayoutProps> {
  if (!style) return {};
  const out: Partial<LayoutProps> = {};
  const run = style.run ?? {};
  const font = typeof run.font === 'string' ? run.font : (run.font?.ascii ?? run.font?.name);
  if (font) out.font = font;
  if (run.size !== undefined) out.size = Number(run.size) / 2;
  if (run.bold !== undefined) out.bold = run.bold;
  if (run.italics !== undefined) out.italic = run.italics;
  const paragraph = style.paragraph ?? {};
  const spacing = paragraph.spacing ?? {};
  if (spacing.before !== undefined) out.before = spacing.before;
  if (spacing.after !== undefined) out.after = spacing.after;
  if (spacing.line !== undefined) out.line = spacing.line;
  if (spacing.lineRule !== undefined) out.lineRule = spacing.lineRule === 'exact' ? 'exact' : spacing.lineRule === 'atLeast' ? 'atLeast' : 'auto';
  if (paragraph.keepNext !== undefined) out.keepNext = paragraph.keepNext;
  if (paragraph.keepLines !== undefined) out.keepLines = paragraph.keepLines;
  if (paragraph.indent?.left !== undefined) out.indentLeft = paragraph.indent.left;
  if (paragraph.indent?.right !== undefined) out.indentRight = paragraph.indent.right;
  return out;
}

/**
 * The document defaults and each paragraph style, by style id, from the same options the
 * document is written with (every style is based on Normal, as the kit defines them).
 */
export function styleTable(options: IStylesOptions): { defaults: LayoutProps; styles: StyleTable } {
  const defaults: LayoutProps = { ...DOC_DEFAULT, ...fromStyle(options.default?.document as LooseStyle | undefined) };
  const styles = new Map<string, Partial<LayoutProps>>();
  const builtIn: [string, LooseStyle | undefined][] = [
    ['Title', options.default?.title as LooseStyle | undefined],
    ['Heading1', options.default?.heading1 as LooseStyle | undefined],
    ['Heading2', options.default?.heading2 as LooseStyle | undefined],
    ['Heading3', options.default?.heading3 as LooseStyle | undefined],
    ['ListParagraph', options.default?.listParagraph as LooseStyle | undefined],
  ];
  for (const [id, style] of builtIn) styles.set(id, fromStyle(style));
  for (const style of options.paragraphStyles ?? []) styles.set(style.id, fromStyle(style as LooseStyle));
  return { defaults, styles };
}
