/** What full-text search finds, inside one engagement or across the workspace. */

export const SEARCH_ITEM_KINDS = [
  'note',
  'objective',
  'finding',
  'recommendation',
  'persona',
  'persona_trait',
  'action',
  'competitor',
  'learning',
  'risk',
  'stakeholder',
  'session',
] as const;
export type SearchItemKind = (typeof SEARCH_ITEM_KINDS)[number];

/** The engagement section where each kind of item is edited (ids of `features/engagement/sections`). */
export const SECTION_OF_KIND: Record<SearchItemKind, string> = {
  note: 'interview',
  session: 'interview',
  objective: 'objectives',
  finding: 'audit',
  recommendation: 'audit',
  competitor: 'benchmark',
  learning: 'benchmark',
  persona: 'personas',
  persona_trait: 'personas',
  action: 'plan',
  risk: 'plan',
  stakeholder: 'overview',
};

/**
 * A piece of matched text. Matches are marked as data, never as HTML: the
 * renderer wraps `match` parts in <mark> elements, so a note containing
 * `<script>` is shown as those characters.
 */
export interface TextPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  kind: SearchItemKind;
  itemId: number;
  section: string;
  /** What holds this item on screen: a note's session, a finding's channel, a trait's persona (a session or persona holds itself). */
  parentId: number | null;
  /** That holder's name (session title, channel, persona), '' when the kind stands alone. */
  context: string;
  /** The item's title with matches marked; empty for kinds without a title (notes, findings). */
  title: TextPart[];
  /** A few words of the body around the best match. */
  snippet: TextPart[];
}

export interface EngagementSearchResult {
  query: string;
  hits: SearchHit[];
  /** Every match in the engagement, when more than the hits shown. */
  total: number;
}

export interface FileSearchResult {
  path: string;
  fileName: string;
  clientName: string;
  title: string;
  /** The engagement id when this file is open in this window (jump without reopening). */
  engagementId: string | null;
  hits: SearchHit[];
  total: number;
}

export interface WorkspaceSearchResult {
  query: string;
  /** The files with most matches (as many as asked). */
  files: FileSearchResult[];
  /** How many files matched in all. */
  matchedFiles: number;
  /** How many engagement files were looked at, and how many could not be (open elsewhere, older version, damaged). */
  searched: number;
  skipped: number;
  elapsedMs: number;
}
