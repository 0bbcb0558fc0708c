import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { EngagementSessions } from '../../../electron/core/store/sessions';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { makeEngagement, setHeaderUint32, sha256 } from '../../helpers/engagementFiles';
import { tempDir } from '../../helpers/tempDir';

type Maker = (dir: string) => string;

/** Each bad file and the error it must get. */
const CASES: [string, Maker, string][] = [
  ['a text file', (dir) => write(dir, 'notes.orchestre', 'Compte-rendu de la réunion du 3 mars\n'), 'FILE_NOT_SQLITE'],
  ['a 0-byte file', (dir) => write(dir, 'vide.orchestre', ''), 'FILE_EMPTY'],
  ['a PNG renamed', (dir) => write(dir, 'image.orchestre', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), 'FILE_NOT_SQLITE'],
  ['the first bytes of a SQLite file', (dir) => write(dir, 'debut.orchestre', 'SQLite for'), 'FILE_TRUNCATED'],
  [
    'a truncated copy',
    (dir) => {
      const good = makeEngagement(dir, 'source.orchestre');
      const bytes = fs.readFileSync(good);
      return write(dir, 'tronque.orchestre', bytes.subarray(0, Math.floor(bytes.length / 2) + 100));
    },
    'FILE_TRUNCATED',
  ],
  [
    'a copy cut at a page boundary',
    (dir) => {
      const good = makeEngagement(dir, 'source.orchestre');
      const bytes = fs.readFileSync(good);
      return write(dir, 'coupe.orchestre', bytes.subarray(0, 4096 * 2));
    },
    'FILE_TRUNCATED',
  ],
  [
    "another application's SQLite file",
    (dir) => {
      const file = path.join(dir, 'autre.orchestre');
      const db = new Database(file);
      db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)');
      db.close();
      return file;
    },
    'FILE_OTHER_APP',
  ],
  [
    'a file from a newer Orchestre',
    (dir) => {
      const file = makeEngagement(dir, 'futur.orchestre');
      setHeaderUint32(file, 60, SCHEMA_VERSION + 1);
      return file;
    },
    'FILE_TOO_NEW',
  ],
  [
    'a header with file-format versions above 2',
    (dir) => {
      const file = makeEngagement(dir, 'format3.orchestre');
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.from([3, 3]), 0, 2, 18);
      fs.closeSync(fd);
      return file;
    },
    'FILE_HEADER_UNSUPPORTED',
  ],
  ['a folder named like a file', (dir) => { const folder = path.join(dir, 'dossier.orchestre'); fs.mkdirSync(folder); return folder; }, 'FILE_NOT_SQLITE'],
];

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('opening a file that is not a valid Orchestre engagement', () => {
  test.each(CASES)('%s is refused with a clear code and left byte-identical', async (_label, make, code) => {
    const dir = tempDir();
    const file = make(dir);
    const isFolder = fs.statSync(file).isDirectory();
    const before = isFolder ? '' : sha256(file);
    const mtime = fs.statSync(file).mtimeMs;
    const sessions = new EngagementSessions({ backupDir: path.join(dir, 'backups') });

    await expect(sessions.open(file, 'test')).rejects.toMatchObject({ code });

    if (!isFolder) expect(sha256(file)).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  test('a missing file is reported as not found', async () => {
    const dir = tempDir();
    const sessions = new EngagementSessions({ backupDir: dir });
    await expect(sessions.open(path.join(dir, 'absent.orchestre'), 'test')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  test('a good file opens, and closing it leaves no side file and the same bytes', async () => {
    const dir = tempDir();
    const file = makeEngagement(dir);
    const before = sha256(file);
    const sessions = new EngagementSessions({ backupDir: path.join(dir, 'backups') });
    const session = await sessions.open(file, 'test');
    expect(session.read((db) => db.pragma('user_version', { simple: true }))).toBe(SCHEMA_VERSION);
    sessions.close(session.id);
    expect(fs.readdirSync(dir)).toEqual(['Mission test.orchestre']);
    expect(sha256(file)).toBe(before);
  });
});
