/**
 * Axis labels laid out by rule, not measured: the same picture comes out on screen (browser
 * fonts) and in the Word export (happy-dom has no text metrics, resvg draws afterwards), so
 * widths are estimated from the character count with a generous average glyph width.
 * Long channel names (« Fiche Google Business Profile ») wrap on word boundaries instead of
 * being cut or running off the drawing.
 */

/** Average advance of a glyph as a share of the font size: wide enough for Inter, so Calibri/Carlito fit too. */
const GLYPH_WIDTH = 0.6;

export const LINE_HEIGHT = 1.2;

export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * GLYPH_WIDTH;
}

/** Greedy word wrap at `maxChars`; a single word longer than that keeps its own line whole (never cut, never « … »). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && [...next].length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The widest line of a wrapped label. */
export function blockWidth(lines: string[], fontSize: number): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));
}
