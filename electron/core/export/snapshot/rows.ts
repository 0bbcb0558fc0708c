import type Database from 'better-sqlite3';
import { sql } from '../../store/statements';

/** All rows of a read-only query, typed by the caller (snapshot readers only). */
export function rows<R>(db: Database.Database, text: string, ...params: unknown[]): R[] {
  return sql<unknown[], R>(db, text).all(...params);
}

export const bool = (value: number): boolean => value === 1;
