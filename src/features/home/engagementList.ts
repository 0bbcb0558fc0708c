import { ENGAGEMENT_PHASES, type EngagementPhase } from '../../shared/engagementPhase';
import type { Lang } from '../../shared/lang';
import type { RecentEngagement } from '../../shared/model/workspace';

export const SORT_KEYS = ['lastOpened', 'client', 'phase', 'created'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What the home screen's toolbar asks for. Empty text, client '' and phase 'all' keep everything. */
export interface ListFilter {
  archived: boolean;
  text: string;
  client: string;
  phase: EngagementPhase | 'all';
  sort: SortKey;
}

export const DEFAULT_FILTER: ListFilter = { archived: false, text: '', client: '', phase: 'all', sort: 'lastOpened' };

/** Lower case, accents folded: « elodie » finds « Élodie ». */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

function fileName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

function comparator(sort: SortKey, lang: Lang): (a: RecentEngagement, b: RecentEngagement) => number {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byClient = (a: RecentEngagement, b: RecentEngagement) =>
    collator.compare(a.clientName, b.clientName) || collator.compare(a.title, b.title);
  switch (sort) {
    case 'client':
      return byClient;
    case 'phase':
      return (a, b) => ENGAGEMENT_PHASES.indexOf(a.phase) - ENGAGEMENT_PHASES.indexOf(b.phase) || byClient(a, b);
    case 'created':
      return (a, b) => b.createdAt - a.createdAt || byClient(a, b);
    case 'lastOpened':
      return (a, b) => b.lastOpenedAt - a.lastOpenedAt || byClient(a, b);
  }
}

/** The engagements the list shows, in order. Pure, so the home stays fast with hundreds of entries. */
export function visibleEngagements(recents: readonly RecentEngagement[], filter: ListFilter, lang: Lang): RecentEngagement[] {
  const words = folded(filter.text).split(/\s+/).filter(Boolean);
  return recents
    .filter((recent) => recent.archived === filter.archived)
    .filter((recent) => filter.client === '' || recent.clientName === filter.client)
    .filter((recent) => filter.phase === 'all' || recent.phase === filter.phase)
    .filter((recent) => {
      if (!words.length) return true;
      const haystack = folded(`${recent.clientName} ${recent.title} ${fileName(recent.path)}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort(comparator(filter.sort, lang));
}

/** Distinct client names, alphabetical, for the client filter. */
export function clientNames(recents: readonly RecentEngagement[], lang: Lang): string[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...new Set(recents.map((recent) => recent.clientName))].sort(collator.compare);
}

export function isFiltered(filter: ListFilter): boolean {
  return filter.text.trim() !== '' || filter.client !== '' || filter.phase !== 'all';
}
