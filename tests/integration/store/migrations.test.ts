import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { getEngagementCounts } from '../../../electron/core/domain/engagement';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { EngagementSessions } from '../../../electron/core/store/sessions';
import { makeEngagementAtVersion } from '../../helpers/engagementFiles';
import { tempDir } from '../../helpers/tempDir';

/**
 * Rows an engagement of each older version would hold. Each migration adds the
 * seed of the schema it leaves behind and a check of what it must have kept.
 */
const SEEDS: Record<number, (db: Database.Database) => void> = {
  1: (db) => {
    db.exec(`INSERT INTO engagement (id, uid, title, client_name, created_at, updated_at)
               VALUES (1, 'uid-v1', 'Stratégie digitale', 'Maison Exemple', 1, 1);
             INSERT INTO interview_sessions (id, title, created_at, updated_at) VALUES (1, 'Entretien direction', 1, 1);
             INSERT INTO notes (id, session_id, body, captured_at, updated_at) VALUES
               (1, 1, 'Le réseau de revendeurs pèse 70 % du chiffre d''affaires', 1, 1),
               (2, 1, 'Note supprimée', 1, 1);
             UPDATE notes SET deleted_at = 2 WHERE id = 2;
             INSERT INTO note_tags (note_id, tag) VALUES (1, 'need');
             INSERT INTO objectives (id, statement, created_at, updated_at) VALUES (1, 'Doubler les ventes en ligne', 1, 1);
             INSERT INTO actions (id, title, budget_planned_cents, created_at, updated_at) VALUES (1, 'Refonte des fiches produit', 450000, 1, 1);
             INSERT INTO item_links (source_kind, source_id, target_kind, target_id, created_at) VALUES ('note', 1, 'objective', 1, 1);`);
  },
  2: (db) => {
    db.exec(`INSERT INTO personas (id, name, created_at, updated_at) VALUES (1, 'Élodie', 1, 1);
             INSERT INTO persona_traits (id, persona_id, kind, text) VALUES (1, 1, 'frustration', 'Délais de livraison trop longs');
             INSERT INTO benchmark_learnings (id, text) VALUES (1, 'Les concurrents publient des tutoriels vidéo');
             INSERT INTO stakeholders (id, name, role, created_at) VALUES (1, 'Mme Verdier', 'Gérante', 1);`);
  },
};

const CHECKS: Record<number, (db: Database.Database) => void> = {
  1: (db) => {
    expect(db.prepare('SELECT client_name FROM engagement').pluck().get()).toBe('Maison Exemple');
    expect(db.prepare('SELECT budget_planned_cents FROM actions WHERE id = 1').pluck().get()).toBe(450000);
    expect(db.prepare('SELECT count(*) FROM item_links').pluck().get()).toBe(1);
  },
  2: (db) => {
    // The search index is backfilled with existing rows, accents folded, soft-deleted notes left out.
    const hits = db.prepare("SELECT kind, item_id FROM search_index WHERE search_index MATCH 'reseau'").all();
    expect(hits).toEqual([{ kind: 'note', item_id: 1 }]);
    expect(db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'supprimee'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT item_id FROM search_index WHERE search_index MATCH 'fiches'").pluck().get()).toBe(1);
  },
  3: (db) => {
    // Traits, learnings, stakeholders and sessions are backfilled into the index.
    const kinds = (word: string) => db.prepare('SELECT kind FROM search_index WHERE search_index MATCH ? ORDER BY kind').pluck().all(word);
    expect(kinds('delais')).toEqual(db.prepare('SELECT count(*) FROM persona_traits').pluck().get() ? ['persona_trait'] : []);
    expect(kinds('entretien')).toEqual(['session']);
    if (db.prepare('SELECT count(*) FROM stakeholders').pluck().get()) {
      expect(kinds('gerante')).toEqual(['stakeholder']);
      expect(kinds('tutoriels')).toEqual(['learning']);
    }
    // And kept in step from now on.
    db.prepare("UPDATE interview_sessions SET title = 'Atelier fondateurs' WHERE id = 1").run();
    expect(kinds('entretien')).toEqual([]);
    expect(kinds('fondateurs')).toEqual(['session']);
  },
  4: (db) => {
    // What each save sends back is counted on indexes, never by reading every note or action.
    const plan = (query: string) => (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan('SELECT count(*) FROM notes WHERE deleted_at IS NOT NULL')).toContain('USING COVERING INDEX notes_by_deleted');
    expect(plan("SELECT sum(budget_planned_cents) FROM actions WHERE status <> 'dropped'")).toContain('USING COVERING INDEX actions_budget_by_status');
    const counts = getEngagementCounts(db);
    expect(counts.notes).toBe(db.prepare('SELECT count(*) FROM notes WHERE deleted_at IS NULL').pluck().get());
  },
};

describe('migrations', () => {
  test('every migration has a seed and a check', () => {
    for (const migration of MIGRATIONS) expect(CHECKS[migration.version], `check for v${migration.version}`).toBeTypeOf('function');
  });

  const olderVersions = MIGRATIONS.map((m) => m.version).filter((v) => v < SCHEMA_VERSION);
  test.each(olderVersions)('a file of version %i opens migrated, with a verified backup and its data intact', async (version) => {
    const dir = tempDir();
    const file = makeEngagementAtVersion(dir, version, (db) => {
      for (let v = 1; v <= version; v += 1) SEEDS[v]?.(db);
    });
    const sessions = new EngagementSessions({ backupDir: path.join(dir, 'backups') });
    const session = await sessions.open(file, 'test');

    expect(session.file.migratedFrom?.version).toBe(version);
    session.read((db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      for (let v = 1; v <= SCHEMA_VERSION; v += 1) CHECKS[v]?.(db);
    });

    // The pre-migration copy sits in the app's backup folder, at the old version.
    const backupPath = session.file.migratedFrom!.backupPath;
    expect(backupPath.startsWith(path.join(dir, 'backups'))).toBe(true);
    const backup = new Database(backupPath, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(version);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
    sessions.close(session.id);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('-journal'))).toEqual([]);
  });

  test('a failed migration leaves the file as it was', async () => {
    const dir = tempDir();
    const file = makeEngagementAtVersion(dir, 1, (db) => SEEDS[1]!(db));
    // A table in the way of migration 2 makes it fail half-way through.
    const db = new Database(file);
    db.exec('CREATE TABLE search_index (x)');
    db.close();
    const before = fs.readFileSync(file);
    const sessions = new EngagementSessions({ backupDir: path.join(dir, 'backups') });
    await expect(sessions.open(file, 'test')).rejects.toBeTruthy();
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(after.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(2);
    after.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
