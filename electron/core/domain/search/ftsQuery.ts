/** At most this many words reach FTS5: a pasted paragraph must not become a slow query. */
const MAX_WORDS = 12;

/**
 * Words typed in a search box become an FTS5 query of quoted prefixes
 * ("reseau"* "revend"*): every word must match, the last one as it is being
 * typed. Only letters and digits survive, each inside double quotes, so quotes,
 * `*`, `-`, `:`, parentheses or NEAR/AND/OR typed by the user are plain text and
 * can never be a syntax error; accents are folded by the index's tokenizer.
 */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, MAX_WORDS)
    .map((word) => `"${word}"*`)
    .join(' ');
}
