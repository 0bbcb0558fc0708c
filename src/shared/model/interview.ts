/** The discovery interview (entretien découverte): sessions, guide, notes, traceability. */

/** Canonical note tags, as stored; the UI and the capture box accept FR/EN aliases. */
export const NOTE_TAGS = [
  'need',
  'objective',
  'constraint',
  'budget',
  'deadline',
  'competitor',
  'persona',
  'risk',
  'idea',
  'decision',
  'next_step',
] as const;
export type NoteTag = (typeof NOTE_TAGS)[number];

/** Kinds of items that traceability links connect (mirrors the schema's CHECK list). */
export const ITEM_KINDS = [
  'note',
  'objective',
  'finding',
  'recommendation',
  'competitor',
  'learning',
  'persona',
  'persona_trait',
  'action',
  'risk',
  'quote',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What a note can become in one action. */
export const CONVERSION_KINDS = ['objective', 'competitor', 'persona_trait', 'risk', 'action'] as const;
export type ConversionKind = (typeof CONVERSION_KINDS)[number];

/** One end of a traceability link, with a label to show without a second query. */
export interface ItemRef {
  kind: ItemKind;
  id: number;
  label: string;
}

export type SessionMode = 'onsite' | 'video' | 'phone';

export interface Participant {
  id: number;
  stakeholderId: number | null;
  name: string;
  role: string;
}

export interface InterviewSession {
  id: number;
  title: string;
  heldOn: string | null;
  startTime: string | null;
  durationMinutes: number | null;
  mode: SessionMode;
  location: string;
  summary: string;
  guideId: number | null;
  captureDraft: string;
  createdAt: number;
  updatedAt: number;
  participants: Participant[];
}

export interface InterviewSessionSummary {
  id: number;
  title: string;
  heldOn: string | null;
  mode: SessionMode;
  noteCount: number;
  participantNames: string[];
}

export interface Note {
  id: number;
  sessionId: number;
  body: string;
  questionId: number | null;
  position: number;
  capturedAt: number;
  updatedAt: number;
  tags: NoteTag[];
  /** What this note became (objective, competitor…): the note's side of traceability. */
  became: ItemRef[];
}

export interface NoteList {
  notes: Note[];
  /** Notes of the session before filtering. */
  total: number;
  /** Counts per tag over the session's live notes (not the filtered ones, so the filter bar stays stable). */
  tagCounts: Record<NoteTag, number>;
  /** Notes per guide question. */
  questionCounts: Record<number, number>;
}

export interface GuideQuestion {
  id: number;
  sectionId: number;
  text: string;
  hint: string;
  position: number;
}

export interface GuideSection {
  id: number;
  title: string;
  position: number;
  questions: GuideQuestion[];
}

export interface Guide {
  id: number;
  title: string;
  lang: 'fr' | 'en';
  templateKey: string;
  sections: GuideSection[];
}

/** A reusable guide kept at app level (user-data folder), or one of the built-in defaults. */
export interface GuideTemplate {
  id: string;
  name: string;
  lang: 'fr' | 'en';
  builtIn: boolean;
  updatedAt: number;
  sections: { title: string; questions: { text: string; hint: string }[] }[];
}

/** Everything the capture screen needs in one call. */
export interface SessionDetail {
  session: InterviewSession;
  guide: Guide | null;
  coveredQuestionIds: number[];
  notes: NoteList;
}

/** The compte-rendu's data: the export builder and the in-app view read the same thing. */
export interface Minutes {
  session: InterviewSession;
  decisions: Note[];
  needs: Note[];
  nextSteps: Note[];
  objectives: Note[];
  constraints: Note[];
  risks: Note[];
  /** Guide sections with the questions covered and their notes, in guide order. */
  coverage: { section: string; questions: { text: string; covered: boolean; notes: Note[] }[] }[];
  /** Items created from this session's notes. */
  outcomes: ItemRef[];
}
