/** Articles and small words a monogram skips: « Les Ateliers Verdier » → AV, « L'Atelier du Bois » → AB. */
const SKIPPED = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'the', 'a', 'an', 'of', 'and', '&']);

/** Two-letter monogram for avatars (clients, personas), for the screen and the Word export alike. */
export function initials(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[\s'’\-–]+/)
    .filter(Boolean);
  const meaningful = words.filter((word) => !SKIPPED.has(word.toLowerCase()));
  const picked = meaningful.length ? meaningful : words;
  const letters = picked.length > 1 ? `${[...picked[0]!][0]}${[...picked[1]!][0]}` : [...(picked[0] ?? '')].slice(0, 2).join('');
  return letters.toLocaleUpperCase('fr') || '?';
}
