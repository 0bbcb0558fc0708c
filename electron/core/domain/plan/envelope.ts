import type Database from 'better-sqlite3';
import { sql } from '../../store/statements';

/** The engagement's budget envelope (HT, cents), null when not set. */
export function envelopeCents(db: Database.Database): number | null {
  return sql<[], number | null>(db, 'SELECT budget_envelope_cents FROM engagement WHERE id = 1').pluck().get() ?? null;
}
