/**
 * Turns the bytes of a text file chosen by the user (a CSV export) into text.
 * UTF-8 first, strictly (with or without BOM); a file that is not valid UTF-8 is
 * read as Windows-1252, which is what Excel for Windows writes in France for
 * « CSV (séparateur : point-virgule) ». Reading such a file as UTF-8 would turn
 * « é » into « � » without a word, and write that into the engagement.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 by hand: some TextDecoder implementations (Node's among them)
 * decode the label as ISO-8859-1, which turns « € », « ’ » and « Œ » (bytes
 * 0x80–0x9F) into invisible control characters. Unassigned bytes stay as is.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
