import { blockWidth, LINE_HEIGHT, wrapLabel } from './labelLayout';

const SLANT_DEGREES = 35;
// Slanted names read best on one line; only very long ones break.
const SLANT_MAX_CHARS = 30;
const MAX_STRAIGHT_LINES = 3;

export interface CategoryAxisLayout {
  /** Each category's label, wrapped. */
  lines: string[][];
  /** Straight labels wrapped under their bars, or slanted ones when the bands are too narrow. */
  slanted: boolean;
  angle: number;
  fontSize: number;
  /** Height of the axis band under the plot. */
  height: number;
  /** Left margin wide enough for the first slanted label to stay inside the drawing. */
  marginLeft: number;
}

/**
 * How the category labels of a bar chart fit: under their bars on up to three lines when the
 * bands are wide enough, otherwise slanted (one line unless very long). Either way the whole name shows.
 */
export function categoryAxisLayout(categories: string[], plotLeft: number, plotRight: number, baseMarginLeft: number): CategoryAxisLayout {
  const n = Math.max(categories.length, 1);
  const fontSize = n > 5 ? 11 : 12;
  const lineHeight = fontSize * LINE_HEIGHT;
  const band = (plotRight - plotLeft) / n;
  const perLine = Math.max(4, Math.floor((band - 6) / (fontSize * 0.6)));
  const straight = categories.map((c) => wrapLabel(c, perLine));
  const fitsStraight = straight.every((lines) => lines.length <= MAX_STRAIGHT_LINES && blockWidth(lines, fontSize) <= band - 2);
  if (fitsStraight) {
    const most = Math.max(1, ...straight.map((l) => l.length));
    return { lines: straight, slanted: false, angle: 0, fontSize, height: most * lineHeight + 12, marginLeft: baseMarginLeft };
  }
  const lines = categories.map((c) => wrapLabel(c, SLANT_MAX_CHARS));
  const rad = (SLANT_DEGREES * Math.PI) / 180;
  // A slanted block, anchored at its end under the bar, reaches left by its width and down by its height.
  const reachLeft = (l: string[]) => blockWidth(l, fontSize) * Math.cos(rad) + (l.length - 1) * lineHeight * Math.sin(rad);
  const reachDown = (l: string[]) => blockWidth(l, fontSize) * Math.sin(rad) + l.length * lineHeight * Math.cos(rad);
  const overflow = Math.max(0, ...lines.map((l, i) => reachLeft(l) - (plotLeft + (i + 0.5) * band) + 4));
  return {
    lines,
    slanted: true,
    angle: -SLANT_DEGREES,
    fontSize,
    height: Math.ceil(Math.max(...lines.map(reachDown)) + 14),
    // The margin also narrows the bands a little: 10 % more keeps the first label clear.
    marginLeft: baseMarginLeft + Math.ceil(overflow * 1.1),
  };
}
