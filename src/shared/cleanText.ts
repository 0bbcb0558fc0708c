/**
 * Removes what XML 1.0 (and so Word) forbids: C0 control characters other than
 * tab and line breaks, U+FFFE/U+FFFF, and lone UTF-16 surrogates (replaced by
 * U+FFFD so nothing silently disappears). Applied to every text at the API boundary.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function cleanText(value: string): string {
  return value.toWellFormed().replace(FORBIDDEN, '');
}
