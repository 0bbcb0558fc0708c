import type Database from 'better-sqlite3';
import { rows } from './rows';

export interface ItemLink {
  sourceKind: string;
  sourceId: number;
  targetKind: string;
  targetId: number;
}

/** Traceability links (which note an objective or action came from). */
export function readLinks(db: Database.Database): ItemLink[] {
  return rows<{ source_kind: string; source_id: number; target_kind: string; target_id: number }>(
    db, 'SELECT source_kind, source_id, target_kind, target_id FROM item_links ORDER BY id',
  ).map((l) => ({ sourceKind: l.source_kind, sourceId: l.source_id, targetKind: l.target_kind, targetId: l.target_id }));
}
