import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EngagementSessions } from '../../../electron/core/store/sessions';
import { makeEngagement } from '../../helpers/engagementFiles';
import { tempDir } from '../../helpers/tempDir';

describe('one connection per file', () => {
  test('the same file from another window is reported as open elsewhere; the same window gets its session back', async () => {
    const dir = tempDir();
    const file = makeEngagement(dir);
    const sessions = new EngagementSessions({ backupDir: path.join(dir, 'b') });
    const first = await sessions.open(file, 'window-1');
    expect(await sessions.open(file, 'window-1')).toBe(first);
    await expect(sessions.open(file, 'window-2')).rejects.toMatchObject({ code: 'OPEN_ELSEWHERE' });
    sessions.close(first.id);
    const again = await sessions.open(file, 'window-2');
    expect(again.id).not.toBe(first.id);
    sessions.close(again.id);
  });

  test('a symlink to an open file is the same file', async () => {
    const dir = tempDir();
    const file = makeEngagement(dir);
    const link = path.join(dir, 'raccourci.orchestre');
    fs.symlinkSync(file, link);
    const sessions = new EngagementSessions({ backupDir: path.join(dir, 'b') });
    const first = await sessions.open(file, 'window-1');
    await expect(sessions.open(link, 'window-2')).rejects.toMatchObject({ code: 'OPEN_ELSEWHERE' });
    expect(await sessions.open(link, 'window-1')).toBe(first);
    sessions.close(first.id);
  });

  test('a file held by another process is reported as open elsewhere, and opens once released', async () => {
    const dir = tempDir();
    const file = makeEngagement(dir);
    const holder = fork(path.join(__dirname, '../../helpers/holdEngagement.ts'), [file, path.join(dir, 'b')], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    const sessions = new EngagementSessions({ backupDir: path.join(dir, 'b') });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.once('message', () => resolve());
        holder.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      await expect(sessions.open(file, 'window-1')).rejects.toMatchObject({ code: 'OPEN_ELSEWHERE' });
    } finally {
      holder.kill('SIGKILL');
      await exited;
    }
    // The OS released the lock with the dead process: no stale lock to clean up.
    const session = await sessions.open(file, 'window-1');
    expect(session.read((db) => db.prepare('SELECT client_name FROM engagement').pluck().get())).toBe('Client Test');
    sessions.close(session.id);
  });
});
