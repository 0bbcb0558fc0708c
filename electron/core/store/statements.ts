import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Prepared statements are compiled once per connection and reused: parsing SQL
 * on every call is the first cost in a hot path like note capture.
 */
export function sql<P extends unknown[] | object = unknown[], R = unknown>(
  db: Database.Database,
  source: string,
): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(source);
  if (!statement) {
    statement = db.prepare(source);
    cache.set(source, statement);
  }
  return statement as unknown as Database.Statement<P, R>;
}
