/**
 * French typographic spacing, as French readers expect in a professional document:
 * a no-break space before « : » and inside « guillemets », a narrow no-break space
 * before « ; ! ? ». Only punctuation followed by a space or the end of the text is
 * touched, so URLs (https://, ?q=) and times (10:30) stay intact. Idempotent.
 */
export const NBSP = '\u00a0';
export const NARROW_NBSP = '\u202f';

const SPACES = '[ \\u00a0\\u202f]*';
const HIGH_PUNCTUATION = new RegExp(`(\\S)${SPACES}([;!?]+|:)(?=\\s|$|»|\\))`, 'gu');
const CLOSING_QUOTE = new RegExp(`(\\S)${SPACES}»`, 'gu');
const OPENING_QUOTE = new RegExp(`«${SPACES}`, 'gu');

export function applyFrenchSpacing(text: string): string {
  return text
    .replace(HIGH_PUNCTUATION, (_m, before: string, mark: string) => `${before}${mark === ':' ? NBSP : NARROW_NBSP}${mark}`)
    .replace(CLOSING_QUOTE, (_m, before: string) => `${before}${NBSP}»`)
    .replace(OPENING_QUOTE, `«${NBSP}`);
}
