import type { Migration } from './migration';
import { indexTable, type IndexedTable } from './searchTriggers';

export { SEARCH_ROWID_STRIDE } from './searchTriggers';

/**
 * Full-text search inside an engagement (SQLite FTS5, accents folded so « reseau »
 * finds « réseau »). One row per searchable item; its rowid encodes the item
 * kind and id (kind × 2^40 + id) so triggers update it by key, not by scan.
 */
export const SEARCH_KINDS = {
  note: 1,
  objective: 2,
  finding: 3,
  recommendation: 4,
  persona: 5,
  action: 6,
  competitor: 7,
  risk: 8,
} as const;

const INDEXED: Omit<IndexedTable, 'code'>[] = [
  { table: 'notes', kind: 'note', title: [], body: ['body'], hiddenWhenSet: 'deleted_at' },
  { table: 'objectives', kind: 'objective', title: ['statement'], body: ['specific', 'kpi_label'] },
  { table: 'audit_findings', kind: 'finding', title: [], body: ['text'] },
  { table: 'recommendations', kind: 'recommendation', title: ['text'], body: ['detail'] },
  { table: 'personas', kind: 'persona', title: ['name'], body: ['job', 'situation', 'bio', 'quote'] },
  { table: 'actions', kind: 'action', title: ['title'], body: ['description'] },
  { table: 'competitors', kind: 'competitor', title: ['name'], body: ['positioning', 'notes'] },
  { table: 'risks', kind: 'risk', title: ['title'], body: ['description', 'mitigation'] },
];

export const migration0002: Migration = {
  version: 2,
  name: 'search-index',
  up(db) {
    db.exec(`CREATE VIRTUAL TABLE search_index USING fts5(
      kind UNINDEXED, item_id UNINDEXED, title, body,
      tokenize = 'unicode61 remove_diacritics 2'
    );`);
    for (const item of INDEXED) indexTable(db, { ...item, code: SEARCH_KINDS[item.kind as keyof typeof SEARCH_KINDS] });
  },
};
