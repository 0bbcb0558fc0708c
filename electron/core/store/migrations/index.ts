import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-search-index';
import { migration0003 } from './0003-search-more';
import { migration0004 } from './0004-count-indexes';
import type { Migration } from './migration';

/** Every schema step, oldest first. Append only: a released step is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];

export const SCHEMA_VERSION = MIGRATIONS.length;

MIGRATIONS.forEach((migration, index) => {
  if (migration.version !== index + 1) throw new Error(`Migration ${migration.name} is out of order`);
});
