import type Database from 'better-sqlite3';

/**
 * One schema step. Append-only: once released, a migration is never edited; a
 * fix is a new migration. `up` runs inside the migration transaction and must
 * stay synchronous.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
