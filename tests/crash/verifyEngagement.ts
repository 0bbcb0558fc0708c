import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { inspectHeader } from '../../electron/core/store/inspectHeader';
import { EngagementSessions } from '../../electron/core/store/sessions';
import { linkKey, type CrashLedger } from './crashLedger';

export interface Verdict {
  /** Acknowledged changes found as acknowledged (or as the edit announced right after). */
  found: number;
  problems: string[];
  /** The kill landed inside a write transaction: a hot journal was there to roll back. */
  interrupted: boolean;
}

/**
 * Reopens the file the way the app does (header checks, hot-journal rollback,
 * migration) and checks it: sound, every acknowledged change there, and no
 * half-applied unit of work among all rows, acknowledged or not.
 */
export async function verifyEngagement(file: string, ledger: CrashLedger, backupDir: string): Promise<Verdict> {
  const interrupted = hasHotJournal(file);
  const sessions = new EngagementSessions({ backupDir });
  let session;
  try {
    session = await sessions.open(file, 'crash-check');
  } catch (error) {
    return { found: 0, problems: [`the file does not reopen: ${(error as Error).message}`], interrupted };
  }
  try {
    return { ...session.read((db) => checkRows(db, ledger)), interrupted };
  } finally {
    sessions.closeAll();
  }
}

function checkRows(db: Database.Database, ledger: CrashLedger): Omit<Verdict, 'interrupted'> {
  const problems: string[] = [];
  let found = 0;
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const violations = db.pragma('foreign_key_check') as unknown[];
  if (violations.length) problems.push(`foreign_key_check: ${JSON.stringify(violations.slice(0, 3))}`);

  const note = db.prepare('SELECT body, deleted_at AS deletedAt FROM notes WHERE id = ?');
  for (const [id, text] of ledger.notes) {
    const row = note.get(id) as { body: string; deletedAt: number | null } | undefined;
    if (row?.body === text && row.deletedAt === null) found += 1;
    else problems.push(`acknowledged note ${id} missing`);
  }
  const objective = db.prepare('SELECT statement, target FROM objectives WHERE id = ?');
  for (const [id, expected] of ledger.objectives) {
    const row = objective.get(id) as { statement: string; target: number } | undefined;
    if (row && (!expected.statement || row.statement === expected.statement) && expected.targets.has(row.target))
      found += 1;
    else
      problems.push(
        `objective ${id}: expected target ${[...expected.targets].join(' or ')}, found ${JSON.stringify(row)}`,
      );
  }
  const links = db
    .prepare('SELECT objective_id FROM action_objectives WHERE action_id = ? ORDER BY objective_id')
    .pluck();
  for (const [id, allowed] of ledger.actions) {
    const key = linkKey(links.all(id) as number[]);
    if (allowed.has(key)) found += 1;
    else problems.push(`action ${id}: objective links [${key}], expected ${[...allowed].join(' or ')}`);
  }
  const auditImage = db.prepare('SELECT image_id AS imageId, caption FROM audit_images WHERE id = ?');
  for (const [id, expected] of ledger.images) {
    const row = auditImage.get(id) as { imageId: number; caption: string } | undefined;
    if (row?.imageId === expected.imageId && row.caption === expected.caption) found += 1;
    else problems.push(`acknowledged image ${id} missing`);
  }
  problems.push(...halfAppliedUnits(db));
  return { found, problems };
}

/** Read before the app's open plays the journal back. */
export function hasHotJournal(file: string): boolean {
  try {
    return inspectHeader(file).interruptedWrite;
  } catch {
    return false;
  }
}

/** The writer's units of work, checked over every row: each is all there or not at all. */
function halfAppliedUnits(db: Database.Database): string[] {
  const problems: string[] = [];
  const untagged = db
    .prepare(
      "SELECT id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = 'need')",
    )
    .pluck()
    .all();
  if (untagged.length) problems.push(`notes without the tag written with them: ${untagged.join(', ')}`);
  const halfLinked = db
    .prepare(
      "SELECT a.id FROM actions a WHERE a.title LIKE 'Action %' AND (SELECT count(*) FROM action_objectives l WHERE l.action_id = a.id) <> 2",
    )
    .pluck()
    .all();
  if (halfLinked.length) problems.push(`actions without their two objective links: ${halfLinked.join(', ')}`);
  const halfObjectives = db
    .prepare(
      "SELECT id FROM objectives WHERE statement LIKE 'Objectif %' AND (kpi_label = '' OR target IS NULL OR deadline IS NULL)",
    )
    .pluck()
    .all();
  if (halfObjectives.length) problems.push(`objectives without their KPI fields: ${halfObjectives.join(', ')}`);
  const images = db.prepare('SELECT id, sha256, byte_size AS byteSize, data FROM images').all() as {
    id: number;
    sha256: string;
    byteSize: number;
    data: Buffer;
  }[];
  for (const image of images) {
    if (
      image.data.length !== image.byteSize ||
      crypto.createHash('sha256').update(image.data).digest('hex') !== image.sha256
    ) {
      problems.push(`image ${image.id}: blob does not match its row`);
    }
  }
  const orphans = db
    .prepare(
      `SELECT id FROM images i WHERE NOT EXISTS (SELECT 1 FROM audit_images a WHERE a.image_id = i.id)
         AND NOT EXISTS (SELECT 1 FROM personas WHERE photo_image_id = i.id)
         AND NOT EXISTS (SELECT 1 FROM competitors WHERE logo_image_id = i.id)
         AND NOT EXISTS (SELECT 1 FROM engagement WHERE client_logo_image_id = i.id)`,
    )
    .pluck()
    .all();
  if (orphans.length) problems.push(`images stored without the screen that holds them: ${orphans.join(', ')}`);
  return problems;
}
