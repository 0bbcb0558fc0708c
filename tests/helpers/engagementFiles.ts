import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createEngagementFile } from '../../electron/core/store/engagementFile';
import { APPLICATION_ID } from '../../electron/core/store/fileFormat';
import { migrate } from '../../electron/core/store/migrate';

/** Runs `work` on a read-only connection to an engagement file, closed afterwards. */
export function readEngagement<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A complete, current engagement file. */
export function makeEngagement(dir: string, name = 'Mission test.orchestre', clientName = 'Client Test'): string {
  const file = path.join(dir, name);
  createEngagementFile(file, { title: 'Stratégie digitale', clientName, deliverableLang: 'fr' }, undefined, 1_700_000_000_000);
  return file;
}

/** A file of an older schema version, as an older Orchestre would have written it. */
export function makeEngagementAtVersion(dir: string, version: number, seed: (db: Database.Database) => void): string {
  const file = path.join(dir, `v${version}.orchestre`);
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = DELETE');
  migrate(db, version);
  db.transaction(() => seed(db))();
  db.close();
  return file;
}

/** Sets the header's user_version by rewriting bytes 60–63 (a file "from the future"). */
export function setHeaderUint32(file: string, offset: number, value: number): void {
  const fd = fs.openSync(file, 'r+');
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  fs.writeSync(fd, buffer, 0, 4, offset);
  fs.closeSync(fd);
}
