import type Database from 'better-sqlite3';
import { sql } from '../store/statements';

/** Ordered lists; the parent column scopes positions (a channel's criteria…). */
const SCOPES = {
  audit_channels: null,
  audit_criteria: 'channel_id',
  audit_findings: 'channel_id',
  audit_images: 'channel_id',
  recommendations: 'channel_id',
  channel_metrics: 'channel_id',
  swot_items: 'quadrant',
  competitors: null,
  benchmark_learnings: null,
  personas: null,
  persona_traits: 'persona_id',
  persona_platforms: 'persona_id',
  actions: null,
  phases: null,
  risks: null,
} as const;

export type OrderedTable = keyof typeof SCOPES;

/** The position after the last item of the list (table names come from the fixed table above, never from input). */
export function nextPosition(db: Database.Database, table: OrderedTable, parent?: number | string): number {
  const scope = SCOPES[table];
  if (scope === null) return sql<[], number>(db, `SELECT coalesce(max(position), 0) + 1 FROM ${table}`).pluck().get() ?? 1;
  return sql<[number | string | undefined], number>(db, `SELECT coalesce(max(position), 0) + 1 FROM ${table} WHERE ${scope} = ?`).pluck().get(parent) ?? 1;
}

/** Swaps an item with its neighbour in a scoped list (keyboard ↑/↓ moves). Returns false at either end. */
export function moveByOne(db: Database.Database, table: OrderedTable, id: number, step: -1 | 1): boolean {
  const scope = SCOPES[table];
  const ids =
    scope === null
      ? sql<[], number>(db, `SELECT id FROM ${table} ORDER BY position, id`).pluck().all()
      : sql<[number], number>(db, `SELECT id FROM ${table} WHERE ${scope} = (SELECT ${scope} FROM ${table} WHERE id = ?) ORDER BY position, id`).pluck().all(id);
  const index = ids.indexOf(id);
  const other = ids[index + step];
  if (index < 0 || other === undefined) return false;
  ids[index] = other;
  ids[index + step] = id;
  ids.forEach((itemId, i) => sql(db, `UPDATE ${table} SET position = ? WHERE id = ?`).run(i + 1, itemId));
  return true;
}
