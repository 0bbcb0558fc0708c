import type Database from 'better-sqlite3';
import type { ItemKind, ItemRef } from '../../../src/shared/model/interview';
import { sql } from '../store/statements';

/**
 * Traceability between items (note → objective, note → competitor…). A link is
 * stored once, from source to target; both ends read it (`linksFrom`, `linksTo`).
 * Links are polymorphic, so deleting an item removes its links by trigger (0001).
 */
const LABEL_SQL: Partial<Record<ItemKind, string>> = {
  note: 'SELECT body AS label FROM notes WHERE id = ? AND deleted_at IS NULL',
  objective: 'SELECT statement AS label FROM objectives WHERE id = ?',
  competitor: 'SELECT name AS label FROM competitors WHERE id = ?',
  persona: 'SELECT name AS label FROM personas WHERE id = ?',
  persona_trait: `SELECT p.name || ' — ' || t.text AS label FROM persona_traits t JOIN personas p ON p.id = t.persona_id WHERE t.id = ?`,
  risk: 'SELECT title AS label FROM risks WHERE id = ?',
  action: 'SELECT title AS label FROM actions WHERE id = ?',
  finding: 'SELECT text AS label FROM audit_findings WHERE id = ?',
  recommendation: 'SELECT text AS label FROM recommendations WHERE id = ?',
  learning: 'SELECT text AS label FROM benchmark_learnings WHERE id = ?',
};

/** The item's label, or null when it no longer exists (or is a soft-deleted note). */
export function itemLabel(db: Database.Database, kind: ItemKind, id: number): string | null {
  const query = LABEL_SQL[kind];
  if (!query) return `${kind} ${id}`;
  return sql<[number], { label: string }>(db, query).get(id)?.label ?? null;
}

export function addLink(db: Database.Database, source: { kind: ItemKind; id: number }, target: { kind: ItemKind; id: number }, now: number): void {
  sql(
    db,
    `INSERT INTO item_links (source_kind, source_id, target_kind, target_id, created_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(source.kind, source.id, target.kind, target.id, now);
}

export function removeLink(db: Database.Database, source: { kind: ItemKind; id: number }, target: { kind: ItemKind; id: number }): boolean {
  return (
    sql(db, 'DELETE FROM item_links WHERE source_kind = ? AND source_id = ? AND target_kind = ? AND target_id = ?').run(
      source.kind,
      source.id,
      target.kind,
      target.id,
    ).changes > 0
  );
}

interface LinkRow {
  kind: ItemKind;
  id: number;
}

function labelled(db: Database.Database, rows: LinkRow[]): ItemRef[] {
  const out: ItemRef[] = [];
  for (const row of rows) {
    const label = itemLabel(db, row.kind, row.id);
    if (label !== null) out.push({ kind: row.kind, id: row.id, label });
  }
  return out;
}

/** What an item led to (a note's objectives, competitors…). */
export function linksFrom(db: Database.Database, kind: ItemKind, id: number): ItemRef[] {
  const rows = sql<[string, number], LinkRow>(
    db,
    'SELECT target_kind AS kind, target_id AS id FROM item_links WHERE source_kind = ? AND source_id = ? ORDER BY id',
  ).all(kind, id);
  return labelled(db, rows);
}

/** Where an item came from (an objective's source notes…). */
export function linksTo(db: Database.Database, kind: ItemKind, id: number): ItemRef[] {
  const rows = sql<[string, number], LinkRow>(
    db,
    'SELECT source_kind AS kind, source_id AS id FROM item_links WHERE target_kind = ? AND target_id = ? ORDER BY id',
  ).all(kind, id);
  return labelled(db, rows);
}
