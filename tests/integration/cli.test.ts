import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';

/**
 * The `orchestre` command end to end, as a user runs it: `node bin/orchestre.js …`
 * over the built bundle. The bundle is rebuilt once here when it is missing or
 * older than the sources (`npx electron-vite build`, a few seconds).
 */
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/orchestre.js');
const bundle = path.join(root, 'out/main/cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const sources = Math.max(newestSource(path.join(root, 'electron')), newestSource(path.join(root, 'src/shared')));
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= sources) return;
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function orchestre(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function withoutExportedAt(json: string): unknown {
  const { exportedAt, ...rest } = JSON.parse(json) as Record<string, unknown>;
  expect(typeof exportedAt).toBe('string');
  return rest;
}

let shared: string;
let demoFile: string;

beforeAll(() => {
  ensureBuilt();
  shared = fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-cli-'));
  const run = orchestre(['demo', shared]);
  expect(run.stderr).not.toMatch(/Error/);
  expect(run.code).toBe(0);
  demoFile = run.stdout.trim();
}, 240_000);

afterAll(() => {
  if (shared) fs.rmSync(shared, { recursive: true, force: true });
});

describe('orchestre demo', () => {
  it('writes an Orchestre file: application_id, integrity ok, every user table filled', () => {
    expect(path.dirname(demoFile)).toBe(shared);
    expect(path.basename(demoFile)).toBe('Les Ateliers Verdier - Stratégie digitale 2026-2027.orchestre');
    const db = new Database(demoFile, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('application_id', { simple: true })).toBe(1330791240);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const tables = (
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
      )
        .map((row) => row.name)
        .filter((name) => !name.startsWith('sqlite_') && !name.startsWith('search_index'));
      expect(tables.length).toBeGreaterThan(35);
      const empty = tables.filter(
        (table) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n === 0,
      );
      expect(empty).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('never replaces an existing demo file', () => {
    const before = sha256(demoFile);
    const run = orchestre(['demo', shared]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('existe déjà');
    expect(sha256(demoFile)).toBe(before);
  });
});

describe('orchestre export-json / import-json', () => {
  it('round-trips: export → import → export gives equal JSON', () => {
    const dir = tempDir();
    const first = path.join(dir, 'first.json');
    expect(orchestre(['export-json', demoFile, '--out', first]).code).toBe(0);
    const copy = path.join(dir, 'copy.orchestre');
    const imported = orchestre(['import-json', first, '--out', copy]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Mission importée');
    const second = orchestre(['export-json', copy]);
    expect(second.code).toBe(0);
    expect(withoutExportedAt(second.stdout)).toEqual(withoutExportedAt(fs.readFileSync(first, 'utf8')));
  });

  it('refuses a JSON with a bad field, names it, and writes nothing', () => {
    const dir = tempDir();
    const document = JSON.parse(orchestre(['export-json', demoFile]).stdout) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    const notes = document.tables.notes;
    if (!notes?.[12]) throw new Error('demo has fewer than 13 notes');
    notes[12].body = 42;
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify(document));
    const out = path.join(dir, 'out.orchestre');
    const run = orchestre(['import-json', bad, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tables.notes[12].body');
    expect(run.stderr).toContain('attendu du texte');
    expect(fs.readdirSync(dir)).toEqual(['bad.json']);
  });

  it('refuses to overwrite the --out file', () => {
    const dir = tempDir();
    const json = path.join(dir, 'e.json');
    expect(orchestre(['export-json', demoFile, '--out', json]).code).toBe(0);
    const existing = path.join(dir, 'taken.orchestre');
    fs.writeFileSync(existing, 'déjà là');
    const run = orchestre(['import-json', json, '--out', existing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('existe déjà');
    expect(fs.readFileSync(existing, 'utf8')).toBe('déjà là');
  });
});

describe('orchestre check', () => {
  it('accepts a sound file (exit 0) without touching it', () => {
    const before = sha256(demoFile);
    const run = orchestre(['check', demoFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^OK/);
    expect(sha256(demoFile)).toBe(before);
  });

  const cases: [string, (dir: string) => string, RegExp][] = [
    [
      'a text file',
      (dir) => write(dir, 'notes.orchestre', 'Compte-rendu du 5 février : à relire.\n'),
      /n’est pas une mission Orchestre/,
    ],
    ['a 0-byte file', (dir) => write(dir, 'vide.orchestre', ''), /est vide \(0\s?octet\)/],
    [
      'a truncated copy',
      (dir) => write(dir, 'coupe.orchestre', fs.readFileSync(demoFile).subarray(0, 150_000)),
      /tronqué/,
    ],
    [
      'a truncated copy cut on a page boundary',
      (dir) => write(dir, 'page.orchestre', fs.readFileSync(demoFile).subarray(0, 8 * 4096)),
      /tronqué/,
    ],
    ['a newer-version file', (dir) => newerVersion(dir), /version plus récente d’Orchestre \(format 99/],
    ['an SQLite file of another application', (dir) => otherApp(dir), /autre application/],
  ];
  it.each(cases)('refuses %s: exit 1, a clear message, bytes unchanged', (_label, make, message) => {
    const file = make(tempDir());
    const before = sha256(file);
    const run = orchestre(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('reports an older version without migrating it', () => {
    const file = olderVersion(tempDir());
    const before = sha256(file);
    const run = orchestre(['check', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('schéma 1');
    expect(run.stdout).toMatch(/migrera, après en avoir fait une sauvegarde/);
    expect(sha256(file)).toBe(before);
  });

  it('speaks English with LANG=en_GB or --lang en', () => {
    const file = write(tempDir(), 'vide.orchestre', '');
    expect(orchestre(['check', file], { LANG: 'en_GB.UTF-8' }).stderr).toContain('is empty (0 bytes)');
    expect(orchestre(['check', file, '--lang', 'en']).stderr).toContain('is empty (0 bytes)');
  });
});

describe('orchestre info, new, usage', () => {
  it('info prints the engagement and leaves the file unchanged', () => {
    const before = sha256(demoFile);
    const run = orchestre(['info', demoFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Les Ateliers Verdier');
    expect(run.stdout).toContain('0x4F524348 (1330791240)');
    expect(run.stdout).toMatch(/48\s000\s€ HT/);
    expect(sha256(demoFile)).toBe(before);
  });

  it('new creates an empty engagement that passes check', () => {
    const file = path.join(tempDir(), 'Boulangerie Martin');
    const run = orchestre(['new', file, '--client', 'Boulangerie Martin', '--title', 'Audit digital', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Engagement created');
    expect(orchestre(['check', `${file}.orchestre`]).code).toBe(0);
    const info = JSON.parse(orchestre(['info', `${file}.orchestre`, '--json']).stdout) as {
      info: { clientName: string; deliverableLang: string };
    };
    expect(info.info).toMatchObject({ clientName: 'Boulangerie Martin', deliverableLang: 'en' });
  });

  it('exits 2 on usage errors, 0 on --help', () => {
    expect(orchestre([]).code).toBe(2);
    expect(orchestre(['frobnicate']).code).toBe(2);
    const missing = orchestre(['new', 'x.orchestre']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--client est obligatoire');
    expect(orchestre(['info', 'a', 'b']).code).toBe(2);
    expect(orchestre(['check', 'x', '--bogus']).code).toBe(2);
    expect(orchestre(['check', 'x', '--lang', 'de']).code).toBe(2);
    expect(orchestre(['check', '--help']).code).toBe(0);
    expect(orchestre(['--lang', 'en', '--help']).stdout).toContain('Exit codes');
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function newerVersion(dir: string): string {
  const file = write(dir, 'future.orchestre', fs.readFileSync(demoFile));
  const db = new Database(file);
  db.pragma('user_version = 99');
  db.close();
  return file;
}

function otherApp(dir: string): string {
  const file = path.join(dir, 'comptes.orchestre');
  const db = new Database(file);
  db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)');
  db.close();
  return file;
}

/** A schema-1 file: the demo without the search index that migration 2 adds. */
function olderVersion(dir: string): string {
  const file = write(dir, 'ancien.orchestre', fs.readFileSync(demoFile));
  const db = new Database(file);
  const triggers = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_search_%'")
    .all() as { name: string }[];
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  db.exec('DROP TABLE search_index');
  db.pragma('user_version = 1');
  db.exec('VACUUM');
  db.close();
  return file;
}
