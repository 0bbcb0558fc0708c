import type Database from 'better-sqlite3';

/** Every row of every table, as text: two dumps compare equal only if nothing changed. */
export function dumpEngagement(db: Database.Database): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const lines: string[] = [];
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    lines.push(`# ${table} (${rows.length})`);
    for (const row of rows) lines.push(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? `blob:${v.toString('hex').slice(0, 64)}:${v.length}` : v)));
  }
  return lines.join('\n');
}
