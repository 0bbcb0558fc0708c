import type { TextPart } from '../../../../src/shared/model/search';

/** Case and accents folded the way the index's tokenizer folds them (unicode61 remove_diacritics 2). */
export const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The words of a query, folded: each marks the text's words it begins. */
export function queryWords(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map(foldWord);
}

interface Span {
  start: number;
  end: number;
}

function matchSpans(text: string, words: string[]): Span[] {
  const spans: Span[] = [];
  for (const found of text.matchAll(WORD)) {
    const folded = foldWord(found[0]);
    if (words.some((word) => folded.startsWith(word))) spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}

function toParts(text: string, spans: Span[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start), match: false });
    parts.push({ text: text.slice(span.start, span.end), match: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** The whole text, its matching words marked. */
export function markMatches(text: string, words: string[]): TextPart[] {
  return toParts(text, matchSpans(text, words));
}

/** About `size` words around the first match, cut with « … », matches marked (FTS5's snippet(), in JavaScript). */
export function snippet(text: string, words: string[], size = 12): TextPart[] {
  const all = [...text.matchAll(WORD)];
  if (all.length <= size) return markMatches(text, words);
  const first = Math.max(0, all.findIndex((w) => words.some((word) => foldWord(w[0]).startsWith(word))));
  const from = Math.max(0, Math.min(first - 2, all.length - size));
  const to = from + size - 1;
  const start = from === 0 ? 0 : all[from]!.index;
  const end = to >= all.length - 1 ? text.length : all[to]!.index + all[to]![0].length;
  const cut = text.slice(start, end);
  const parts = markMatches(cut, words);
  if (from > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}
