import type { FlowLine } from './flow';
import { singleLineHeight, textWidth, type RunFont } from './fontMetrics';

export type Piece =
  | { kind: 'text'; text: string; font: RunFont }
  | { kind: 'tab'; font: RunFont }
  | { kind: 'break' }
  | { kind: 'pageBreak' }
  | { kind: 'image'; width: number; height: number };

export interface LineSettings {
  /** Room for the text, points. */
  width: number;
  /** The paragraph mark's font: an empty line is as tall as it. */
  markFont: RunFont;
  /** Twips; a 240ths-of-a-line multiple when the rule is 'auto'. */
  line: number;
  lineRule: 'auto' | 'exact' | 'atLeast';
}

/** Word's default tab stops: every half inch. */
const TAB_STOP = 36;
/** Points a line may run over and still hold its last word (Word's rounding). */
const TOLERANCE = 0.01;

/**
 * Breaks a paragraph into lines as Word does for left-to-right text without hyphenation:
 * greedily at spaces and after hyphens, a word wider than the line broken where it overflows, trailing spaces
 * hanging past the margin. Gives each line's height with the paragraph's line spacing.
 */
export function breakLines(pieces: readonly Piece[], settings: LineSettings): FlowLine[] {
  const lines: FlowLine[] = [];
  const room = Math.max(settings.width, 1);
  let x = 0;
  let content = false; // something other than spaces is on the line
  let textHeight = 0;
  let imageHeight = 0;
  let pageBreakPending = false;
  // A line break starts a line even if nothing follows it on the paragraph.
  let lineOpen = false;
  // The word being built can span runs (bold label then text, no space between).
  let word = 0;
  let wordHeight = 0;

  const endLine = () => {
    lines.push(lineOf(textHeight || singleLineHeight(settings.markFont), imageHeight, settings, pageBreakPending));
    pageBreakPending = false;
    lineOpen = false;
    x = 0;
    content = false;
    textHeight = 0;
    imageHeight = 0;
  };
  const placeWord = () => {
    if (word === 0) return;
    if (content && x + word > room + TOLERANCE) endLine();
    // A word wider than a whole line is cut where it overflows, line after line.
    while (word > room + TOLERANCE) {
      textHeight = Math.max(textHeight, wordHeight);
      endLine();
      word -= room;
    }
    x += word;
    content = true;
    textHeight = Math.max(textHeight, wordHeight);
    word = 0;
    wordHeight = 0;
  };

  for (const piece of pieces) {
    if (piece.kind === 'text') {
      const height = singleLineHeight(piece.font);
      const parts = piece.text.split(' ');
      parts.forEach((part, index) => {
        if (index > 0) {
          placeWord();
          x += textWidth(' ', piece.font); // a space never wraps the line; it hangs past the margin
          textHeight = Math.max(textHeight, height);
        }
        // A hyphen ends a piece of the word the line may break after (« Auvergne-|Rhône-|Alpes »).
        const syllables = part.includes('-') ? part.split(/(?<=-)/) : [part];
        syllables.forEach((syllable, at) => {
          if (at > 0) placeWord();
          if (syllable) {
            word += textWidth(syllable, piece.font);
            wordHeight = Math.max(wordHeight, height);
          }
        });
      });
    } else if (piece.kind === 'tab') {
      placeWord();
      x = (Math.floor(x / TAB_STOP) + 1) * TAB_STOP;
      if (x > room) endLine();
      content = true;
      textHeight = Math.max(textHeight, singleLineHeight(piece.font));
    } else if (piece.kind === 'image') {
      placeWord();
      if (content && x + piece.width > room + TOLERANCE) endLine();
      x += piece.width;
      content = true;
      imageHeight = Math.max(imageHeight, piece.height);
    } else if (piece.kind === 'break') {
      placeWord();
      endLine();
      lineOpen = true;
    } else {
      placeWord();
      if (content || lines.length) endLine();
      pageBreakPending = true;
    }
  }
  placeWord();
  if (content || lineOpen || lines.length === 0 || pageBreakPending) endLine();
  return lines;
}

function lineOf(textHeight: number, imageHeight: number, settings: LineSettings, pageBreakBefore: boolean): FlowLine {
  const natural = Math.max(textHeight, imageHeight);
  let height: number;
  if (settings.lineRule === 'exact') height = settings.line / 20;
  else if (settings.lineRule === 'atLeast') height = Math.max(settings.line / 20, natural);
  else height = Math.max(textHeight * (settings.line / 240), imageHeight);
  const below = settings.lineRule === 'auto' && height > natural ? height - natural : 0;
  return { height, ...(below ? { below } : {}), ...(pageBreakBefore ? { pageBreakBefore } : {}) };
}
