import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { backupTo } from '../../electron/core/store/backup';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A backup that runs out of space (ENOSPC from the OS, SQLITE_FULL from SQLite)
 * reports DISK_FULL, the message the user can act on, and leaves no half copy.
 * The connection is a stand-in whose backup writes a few bytes and then fails as
 * a full disk does: filling a real disk needs root.
 */
test.each(['ENOSPC', 'SQLITE_FULL'])(
  'a backup stopped by %s says the disk is full and leaves nothing behind',
  async (code) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-backup-full-'));
    dirs.push(dir);
    const fullDisk = {
      backup: async (target: string) => {
        fs.writeFileSync(target, 'SQLite format 3\u0000');
        fs.writeFileSync(`${target}-journal`, 'x');
        throw Object.assign(new Error('no space left on device'), { code });
      },
    } as unknown as Database.Database;
    await expect(backupTo(fullDisk, path.join(dir, 'copie.orchestre'))).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(fs.readdirSync(dir)).toEqual([]);
  },
);
