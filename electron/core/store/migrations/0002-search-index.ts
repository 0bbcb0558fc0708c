import type { Migration } from './migration';

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

export const SEARCH_ROWID_STRIDE = 2 ** 40;

interface Indexed {
  table: string;
  kind: keyof typeof SEARCH_KINDS;
  title: string[];
  body: string[];
  /** A column that hides the row from search when set (soft-deleted notes). */
  hiddenWhenSet?: string;
}

const INDEXED: Indexed[] = [
  { table: 'notes', kind: 'note', title: [], body: ['body'], hiddenWhenSet: 'deleted_at' },
  { table: 'objectives', kind: 'objective', title: ['statement'], body: ['specific', 'kpi_label'] },
  { table: 'audit_findings', kind: 'finding', title: [], body: ['text'] },
  { table: 'recommendations', kind: 'recommendation', title: ['text'], body: ['detail'] },
  { table: 'personas', kind: 'persona', title: ['name'], body: ['job', 'situation', 'bio', 'quote'] },
  { table: 'actions', kind: 'action', title: ['title'], body: ['description'] },
  { table: 'competitors', kind: 'competitor', title: ['name'], body: ['positioning', 'notes'] },
  { table: 'risks', kind: 'risk', title: ['title'], body: ['description', 'mitigation'] },
];

const rowid = (item: Indexed, alias: string) => `${SEARCH_KINDS[item.kind]} * ${SEARCH_ROWID_STRIDE} + ${alias}.id`;
const joined = (columns: string[], alias: string) =>
  columns.length ? columns.map((column) => `${alias}.${column}`).join(" || ' ' || ") : "''";

/** `INSERT … SELECT` (no FROM in triggers) so the visibility filter can apply. */
function insertRow(item: Indexed, alias: string, from = ''): string {
  const where = item.hiddenWhenSet ? ` WHERE ${alias}.${item.hiddenWhenSet} IS NULL` : '';
  return `INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT ${rowid(item, alias)}, '${item.kind}', ${alias}.id, ${joined(item.title, alias)}, ${joined(item.body, alias)}${from}${where};`;
}

function triggersFor(item: Indexed): string {
  return `
CREATE TRIGGER ${item.table}_search_insert AFTER INSERT ON ${item.table} BEGIN
  ${insertRow(item, 'NEW')}
END;
CREATE TRIGGER ${item.table}_search_update AFTER UPDATE ON ${item.table} BEGIN
  DELETE FROM search_index WHERE rowid = ${rowid(item, 'OLD')};
  ${insertRow(item, 'NEW')}
END;
CREATE TRIGGER ${item.table}_search_delete AFTER DELETE ON ${item.table} BEGIN
  DELETE FROM search_index WHERE rowid = ${rowid(item, 'OLD')};
END;`;
}

export const migration0002: Migration = {
  version: 2,
  name: 'search-index',
  up(db) {
    db.exec(`CREATE VIRTUAL TABLE search_index USING fts5(
      kind UNINDEXED, item_id UNINDEXED, title, body,
      tokenize = 'unicode61 remove_diacritics 2'
    );`);
    for (const item of INDEXED) {
      db.exec(triggersFor(item));
      db.exec(insertRow(item, 't', ` FROM ${item.table} AS t`));
    }
  },
};
