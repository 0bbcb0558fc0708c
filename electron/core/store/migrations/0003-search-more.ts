import type { Migration } from './migration';
import { indexTable, type IndexedTable } from './searchTriggers';

/**
 * Search reaches the rest of what a consultant types and looks for: persona
 * traits (goals, frustrations…), benchmark learnings, stakeholders and interview
 * sessions. Same index, same trigger scheme as 0002; new kind numbers follow on.
 */
export const SEARCH_KINDS_V3 = {
  persona_trait: 9,
  learning: 10,
  stakeholder: 11,
  session: 12,
} as const;

const INDEXED: IndexedTable[] = [
  { table: 'persona_traits', kind: 'persona_trait', code: SEARCH_KINDS_V3.persona_trait, title: [], body: ['text'] },
  { table: 'benchmark_learnings', kind: 'learning', code: SEARCH_KINDS_V3.learning, title: [], body: ['text', 'judgement'] },
  { table: 'stakeholders', kind: 'stakeholder', code: SEARCH_KINDS_V3.stakeholder, title: ['name'], body: ['role', 'notes'] },
  { table: 'interview_sessions', kind: 'session', code: SEARCH_KINDS_V3.session, title: ['title'], body: ['location', 'summary'] },
];

export const migration0003: Migration = {
  version: 3,
  name: 'search-more',
  up(db) {
    for (const item of INDEXED) indexTable(db, item);
  },
};
