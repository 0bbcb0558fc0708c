import metrics from './wordFontMetrics.json';

/** A run's font as the layout needs it. Sizes in points. */
export interface RunFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
}

type FaceKey = 'regular' | 'bold' | 'italic' | 'boldItalic';
interface FontTable {
  lineHeight: number;
  faces: Record<FaceKey, number[]>;
}

const FONTS = metrics.fonts as Record<string, FontTable>;
const FALLBACK = FONTS.Calibri!;
const INDEX = new Map<number, number>([...metrics.chars].map((c, i) => [c.codePointAt(0)!, i]));
/** Characters outside the table (emoji, other scripts) count as a wide letter: better a page too many than a line cut. */
const UNKNOWN_EM = 0.6;
/** Per (font, face): em widths by code point, read once from the table. */
const widthCache = new Map<string, Float64Array>();
/** Per run font object: its widths, without building the cache key for every word. */
const byFont = new WeakMap<RunFont, Float64Array>();

const tableOf = (name: string): FontTable => FONTS[name] ?? FALLBACK;
const faceOf = (font: RunFont): FaceKey => (font.bold ? (font.italic ? 'boldItalic' : 'bold') : font.italic ? 'italic' : 'regular');

function emWidths(font: RunFont): Float64Array {
  const known = byFont.get(font);
  if (known) return known;
  const key = `${font.name}|${faceOf(font)}`;
  let widths = widthCache.get(key);
  if (!widths) {
    const face = tableOf(font.name).faces[faceOf(font)];
    widths = new Float64Array(0x2270).fill(UNKNOWN_EM);
    for (const [code, index] of INDEX) widths[code] = face[index]! / 10000;
    widthCache.set(key, widths);
  }
  byFont.set(font, widths);
  return widths;
}

/** Width of a text in points, as Word's Word-metric fonts measure it (no kerning, as Word by default). */
export function textWidth(text: string, font: RunFont): number {
  const widths = emWidths(font);
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      em += UNKNOWN_EM; // a surrogate pair (emoji…): one character
      i++;
    } else em += code < widths.length ? widths[code]! : UNKNOWN_EM;
  }
  return em * font.size;
}

/** Height of a single-spaced line in the font, in points (ascent + descent + line gap, as Word spaces lines). */
export function singleLineHeight(font: Pick<RunFont, 'name' | 'size'>): number {
  return tableOf(font.name).lineHeight * font.size;
}
