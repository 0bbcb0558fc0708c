import { NOTE_TAGS, type NoteTag } from './model/interview';

/**
 * Inline tags typed in the capture box (`#besoin`, `#goal`…). French first,
 * English aliases accepted whatever the UI language, accents optional
 * (`#delai` = `#délai`), case ignored. The stored tag is the canonical English one.
 */
export const TAG_ALIASES: Readonly<Record<NoteTag, { fr: string[]; en: string[] }>> = {
  need: { fr: ['besoin'], en: ['need'] },
  objective: { fr: ['objectif'], en: ['goal', 'objective'] },
  constraint: { fr: ['contrainte'], en: ['constraint'] },
  budget: { fr: ['budget'], en: ['budget'] },
  deadline: { fr: ['délai', 'echeance'], en: ['deadline'] },
  competitor: { fr: ['concurrent'], en: ['competitor'] },
  persona: { fr: ['persona', 'cible'], en: ['persona', 'target'] },
  risk: { fr: ['risque'], en: ['risk'] },
  idea: { fr: ['idée'], en: ['idea'] },
  decision: { fr: ['décision'], en: ['decision'] },
  next_step: { fr: ['suite', 'action'], en: ['next', 'todo'] },
};

/** Lower case without diacritics, so `Délai`, `delai` and `DELAI` are one key. */
export function foldTag(word: string): string {
  return word.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const BY_ALIAS: ReadonlyMap<string, NoteTag> = new Map(
  NOTE_TAGS.flatMap((tag) => [...TAG_ALIASES[tag].fr, ...TAG_ALIASES[tag].en, tag].map((alias) => [foldTag(alias), tag] as const)),
);

export function tagFromAlias(word: string): NoteTag | null {
  return BY_ALIAS.get(foldTag(word.replace(/^#/, ''))) ?? null;
}

/** `#` then letters, digits, `_` or `-`; must start the text or follow a space or bracket. */
const HASHTAG = /(^|[\s([{])#([\p{L}\p{N}_-]+)/gu;

export interface ParsedNote {
  /** The text without its recognised tags (unknown `#words` are kept as typed). */
  body: string;
  tags: NoteTag[];
}

export function parseNoteText(text: string): ParsedNote {
  const tags = new Set<NoteTag>();
  const stripped = text.replace(HASHTAG, (whole, before: string, word: string) => {
    const tag = tagFromAlias(word);
    if (!tag) return whole;
    tags.add(tag);
    return before;
  });
  // Only `,` and `.` lose the space a removed tag left; French keeps a space before `: ; ! ?`.
  const body = stripped.replace(/[ \t]{2,}/g, ' ').replace(/[ \t]+([.,])(?=\s|$)/g, '$1').trim();
  // A note made only of tags keeps its text, so nothing typed disappears.
  return { body: body || text.trim(), tags: NOTE_TAGS.filter((tag) => tags.has(tag)) };
}

export interface TagSuggestion {
  tag: NoteTag;
  /** The word to insert after `#`, in the UI language when it matches. */
  alias: string;
}

/** Autocompletion for a partial `#wor`: aliases of the UI language first, then the others. */
export function suggestTags(prefix: string, lang: 'fr' | 'en'): TagSuggestion[] {
  const wanted = foldTag(prefix.replace(/^#/, ''));
  const other = lang === 'fr' ? 'en' : 'fr';
  const seen = new Set<NoteTag>();
  const out: TagSuggestion[] = [];
  for (const side of [lang, other] as const) {
    for (const tag of NOTE_TAGS) {
      if (seen.has(tag)) continue;
      const alias = TAG_ALIASES[tag][side].find((candidate) => foldTag(candidate).startsWith(wanted));
      if (alias) {
        seen.add(tag);
        out.push({ tag, alias });
      }
    }
  }
  return out;
}

/** The `#partial` being typed just before the caret, if any. */
export function tagPrefixAt(text: string, caret: number): { start: number; prefix: string } | null {
  const match = /(^|[\s([{])#([\p{L}\p{N}_-]*)$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, prefix: match[2]! };
}

/** Shortcut order (Alt+1…9 tag the last note): the tags used most during an interview. */
export const SHORTCUT_TAGS: readonly NoteTag[] = ['need', 'objective', 'constraint', 'budget', 'deadline', 'competitor', 'persona', 'risk', 'decision'];
