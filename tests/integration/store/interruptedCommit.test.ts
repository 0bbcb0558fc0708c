import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { inspectHeader } from '../../../electron/core/store/inspectHeader';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { EngagementSessions } from '../../../electron/core/store/sessions';
import { makeEngagement } from '../../helpers/engagementFiles';
import { tempDir } from '../../helpers/tempDir';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * A child that writes one large transaction the way the app connects (exclusive
 * lock, rollback journal, synchronous FULL), also setting user_version back to 1
 * as an interrupted migration would leave it in the header.
 */
const BIG_COMMIT = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('locking_mode = EXCLUSIVE');
db.pragma('synchronous = FULL');
db.pragma('journal_mode = DELETE');
process.stdout.write('go\\n');
db.transaction(() => {
  db.pragma('user_version = 1');
  db.prepare("INSERT INTO meta (key, value) VALUES ('ballast', ?)").run('x'.repeat(24 * 1024 * 1024));
}).immediate();
process.stdout.write('committed\\n');
setInterval(() => {}, 1000);
`;

function headerPageCount(file: string): number {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, header, 0, 100, 0);
  fs.closeSync(fd);
  return header.readUInt32BE(28);
}

/** Kills the child the moment the commit starts writing the file (page 1, with the new page count, goes first). */
function killMidCommit(file: string): Promise<boolean> {
  const before = headerPageCount(file);
  const child = spawn(process.execPath, ['-e', BIG_COMMIT, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('committed')) child.kill('SIGKILL');
      else if (output.includes('go')) {
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline && headerPageCount(file) === before) {
          // Busy-wait on purpose: the window lasts milliseconds.
        }
        child.kill('SIGKILL');
      }
    });
    child.once('exit', () => resolve(!output.includes('committed')));
  });
}

test('a kill in the middle of a commit leaves a file that reopens as it was before that commit', async () => {
  const dir = tempDir();
  const file = makeEngagement(dir);
  const sizeBefore = fs.statSync(file).size;
  // The window is a few milliseconds wide: try a few times to land in it.
  let caught = false;
  for (let attempt = 0; attempt < 5 && !caught; attempt += 1) {
    fs.copyFileSync(path.join(dir, 'Mission test.orchestre'), path.join(dir, 'attempt.orchestre'));
    const target = path.join(dir, 'attempt.orchestre');
    fs.rmSync(`${target}-journal`, { force: true });
    const interrupted = await killMidCommit(target);
    const header = fs.readFileSync(target).subarray(0, 100);
    const claimedBytes = header.readUInt32BE(28) * header.readUInt16BE(16);
    caught = interrupted && claimedBytes > fs.statSync(target).size;
    if (!caught) continue;

    // The header promises pages that were never written, and user_version reads 1:
    // both are what the hot journal will undo, not a truncated or foreign file.
    expect(inspectHeader(target).interruptedWrite).toBe(true);
    expect(inspectHeader(target).userVersion).toBe(1);
    const sessions = new EngagementSessions({ backupDir: path.join(dir, 'backups') });
    const session = await sessions.open(target, 'test');
    session.read((db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare("SELECT count(*) FROM meta WHERE key = 'ballast'").pluck().get()).toBe(0);
    });
    expect(session.file.migratedFrom).toBeUndefined();
    sessions.closeAll();
    expect(fs.statSync(target).size).toBe(sizeBefore);
    expect(inspectHeader(target).interruptedWrite).toBe(false);
  }
  expect(caught, 'one of the kills landed inside the commit').toBe(true);
}, 60_000);
