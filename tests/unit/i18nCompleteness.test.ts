/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { FeatureMessages, Messages } from '../../src/app/i18n/i18n';

// Every feature's message module, loaded the way the renderer does. The English tree
// is type-checked for its keys, but a `...fr` spread (or a copied block) would still
// show French text in the English UI: that is what this test catches.
const modules = import.meta.glob<Record<string, unknown>>('../../src/**/*Messages.ts', { eager: true });

function isFeatureMessages(value: unknown): value is FeatureMessages {
  return typeof value === 'object' && value !== null && 'fr' in value && 'en' in value;
}

/** Pairs of leaves with the same key path in both languages. */
function leaves(fr: Messages, en: Messages, prefix = ''): Array<[string, string, unknown]> {
  return Object.entries(fr).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const other = en[key];
    if (typeof value === 'string') return [[path, value, other] as [string, string, unknown]];
    return leaves(value, (other ?? {}) as Messages, path);
  });
}

// Identical text is fine for words both languages share (« Action », « Budget », « Date »);
// an identical string with French letters or French-only punctuation is an untranslated one.
// Same text on purpose: a language named in its own language, and the sample client's name.
const SAME_ON_PURPOSE = new Set(['app/i18n/appMessages.ts lang.fr', 'features/branding/brandingMessages.ts preview.client']);

const FRENCH_MARKS = /[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊÎÔÛŒ«»’]|\b(le|la|les|des|du|une|aucun|aucune)\b/i;

describe('English messages', () => {
  const features = Object.entries(modules).flatMap(([file, exports]) =>
    Object.values(exports)
      .filter(isFeatureMessages)
      .map((messages) => [file.replace('../../src/', ''), messages] as const),
  );

  it('finds the message modules', () => {
    expect(features.length).toBeGreaterThan(15);
  });

  it.each(features)('%s has every key translated', (file, messages) => {
    const missing: string[] = [];
    const untranslated: string[] = [];
    for (const [path, fr, en] of leaves(messages.fr, messages.en as Messages)) {
      if (typeof en !== 'string') missing.push(path);
      else if (en === fr && FRENCH_MARKS.test(fr) && !SAME_ON_PURPOSE.has(`${file} ${path}`)) untranslated.push(`${path}: ${fr}`);
    }
    expect(missing).toEqual([]);
    expect(untranslated).toEqual([]);
  });
});
