import { fork } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { createTestClient } from '../helpers/callApi';

/**
 * The promise: killing the app loses nothing acknowledged. A child
 * process captures notes in a loop through the core API and reports each id the
 * API acknowledged; it is killed with SIGKILL at a random moment; on reopen every
 * acknowledged note is there and the file is sound. A few rounds on the same file.
 */
test('kill -9 during note capture: every acknowledged note survives, the file stays sound', async () => {
  const client = createTestClient();
  const { engagementId, path: file } = await client.call('engagement:create', { clientName: 'Crash Test SARL' });
  const { id: sessionId } = await client.call('interview:createSession', { engagementId, session: { title: 'Entretien' } });
  await client.call('engagement:close', { engagementId });
  client.close();

  const acknowledged = new Set<number>();
  const rounds = 4;
  for (let round = 0; round < rounds; round += 1) {
    const child = fork(path.join(__dirname, '../helpers/noteWriter.ts'), [file, path.join(client.root, `writer-${round}`), String(sessionId)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const before = acknowledged.size;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.on('message', (message: { type: string; id?: number }) => {
        if (message.type === 'ready') resolve();
        if (message.type === 'ack') acknowledged.add(message.id!);
      });
      child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    // A random moment, after some notes have gone through.
    await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 350));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(acknowledged.size, `round ${round} wrote notes`).toBeGreaterThan(before);

    const db = new Database(file, { fileMustExist: true });
    try {
      const stored = new Set(db.prepare('SELECT id FROM notes WHERE session_id = ? AND deleted_at IS NULL').pluck().all(sessionId) as number[]);
      const missing = [...acknowledged].filter((id) => !stored.has(id));
      expect(missing, `round ${round}: acknowledged notes missing after kill`).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Each acknowledged note kept its tag (note and tags are one transaction).
      const untagged = db.prepare("SELECT count(*) FROM notes n WHERE NOT EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = 'need')").pluck().get();
      expect(untagged).toBe(0);
    } finally {
      db.close();
    }
  }
  expect(acknowledged.size).toBeGreaterThan(rounds * 5);
}, 20_000);
