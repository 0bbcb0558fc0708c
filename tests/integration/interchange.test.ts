import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { writeDemoEngagement } from '../../electron/core/demo/writeDemoEngagement';
import { exportEngagement } from '../../electron/core/interchange/exportEngagement';
import type { EngagementDocument } from '../../electron/core/interchange/format';
import { importEngagement } from '../../electron/core/interchange/importEngagement';
import { tableShapesAtVersion } from '../../electron/core/interchange/tableShapes';
import { validateDocument } from '../../electron/core/interchange/validateDocument';
import { SCHEMA_VERSION } from '../../electron/core/store/migrations';
import { tempDir } from '../helpers/tempDir';

const NOW = new Date('2026-07-01T08:00:00Z');
let source: EngagementDocument;

function exportFile(file: string): EngagementDocument {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return exportEngagement(db, { now: NOW });
  } finally {
    db.close();
  }
}

function importValue(value: unknown, out: string) {
  const { document, shapes } = validateDocument(value);
  return importEngagement(document, shapes, out);
}

/** The AppError params of what `work` throws. */
function refusal(work: () => unknown): Record<string, unknown> {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, ...(error as AppError).params };
  }
  throw new Error('expected a refusal');
}

const clone = () =>
  structuredClone(source) as EngagementDocument & { tables: Record<string, Record<string, unknown>[]> };

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-interchange-'));
  source = exportFile(writeDemoEngagement(dir));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('JSON interchange', () => {
  it('covers every user table of the schema, and nothing of the search index', () => {
    const expected = tableShapesAtVersion(SCHEMA_VERSION)
      .map((shape) => shape.name)
      .sort();
    expect(Object.keys(source.tables).sort()).toEqual(expected);
    expect(Object.keys(source.tables).some((name) => name.startsWith('search_index'))).toBe(false);
    expect(source).toMatchObject({
      format: 'orchestre-engagement',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
    });
    const image = source.tables.images?.[0];
    expect(typeof image?.data).toBe('string');
    expect(Buffer.from(String(image?.data), 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('round-trips to an equal document, uid included', () => {
    const out = path.join(tempDir(), 'copie.orchestre');
    const result = importValue(JSON.parse(JSON.stringify(source)), out);
    expect(result.rows).toBe(Object.values(source.tables).reduce((sum, rows) => sum + rows.length, 0));
    expect(exportFile(out)).toEqual(source);
  });

  it('imports an older schemaVersion at that version, then migrates it', () => {
    const out = path.join(tempDir(), 'ancien.orchestre');
    const older = { ...clone(), schemaVersion: 1 };
    expect(importValue(older, out).migratedFrom).toBe(1);
    const db = new Database(out, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      const hits = db
        .prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'paysagistes'")
        .get() as { n: number };
      expect(hits.n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    expect({ ...exportFile(out), schemaVersion: 1 }).toEqual(older);
  });

  const mutations: [string, (doc: ReturnType<typeof clone>) => unknown, string, RegExp][] = [
    ['wrong type', (doc) => ((doc.tables.notes![12]!.body = 42), doc), 'tables.notes[12].body', /attendu du texte/],
    [
      'null in NOT NULL',
      (doc) => ((doc.tables.objectives![0]!.statement = null), doc),
      'tables.objectives[0].statement',
      /obligatoire/,
    ],
    [
      'missing required column',
      (doc) => (delete doc.tables.actions![2]!.title, doc),
      'tables.actions[2].title',
      /colonne absente/,
    ],
    [
      'unknown column',
      (doc) => ((doc.tables.personas![1]!.colour = 'vert'), doc),
      'tables.personas[1].colour',
      /colonne inconnue/,
    ],
    ['unknown table', (doc) => ((doc.tables.invoices = []), doc), 'tables.invoices', /table inconnue/],
    [
      'non-integer',
      (doc) => ((doc.tables.risks![0]!.probability = 2.5), doc),
      'tables.risks[0].probability',
      /nombre entier/,
    ],
    [
      'bad base64',
      (doc) => ((doc.tables.images![0]!.data = 'pas du base64 !'), doc),
      'tables.images[0].data',
      /base64/,
    ],
    [
      'CHECK constraint',
      (doc) => ((doc.tables.audit_criteria![4]!.score = 7), doc),
      'tables.audit_criteria[4].score',
      /contrainte/,
    ],
    ['enum CHECK', (doc) => ((doc.tables.actions![3]!.status = 'fini'), doc), 'tables.actions[3].status', /contrainte/],
    [
      'date CHECK',
      (doc) => ((doc.tables.objectives![1]!.deadline = '31/12/2026'), doc),
      'tables.objectives[1].deadline',
      /contrainte/,
    ],
    [
      'foreign key',
      (doc) => ((doc.tables.notes![5]!.session_id = 99), doc),
      'tables.notes[5].session_id',
      /interview_sessions/,
    ],
    [
      'UNIQUE',
      (doc) => ((doc.tables.kpi_definitions![2]!.code = 'cpa'), doc),
      'tables.kpi_definitions[2].code',
      /en double/,
    ],
    [
      'image hash',
      (doc) => ((doc.tables.images![1]!.sha256 = '0'.repeat(64)), doc),
      'tables.images[1].sha256',
      /ne correspond pas/,
    ],
    [
      'two engagements',
      (doc) => (doc.tables.engagement!.push({ ...doc.tables.engagement![0]!, id: 2 }), doc),
      'tables.engagement',
      /exactement une ligne/,
    ],
    ['newer schema', (doc) => ({ ...doc, schemaVersion: SCHEMA_VERSION + 1 }), 'schemaVersion', /plus récent/],
    ['newer envelope', (doc) => ({ ...doc, formatVersion: 2 }), 'formatVersion', /plus récente/],
    ['other format', (doc) => ({ ...doc, format: 'autre-chose' }), 'format', /orchestre-engagement/],
    ['rows not a list', (doc) => ((doc.tables.risks = {} as never), doc), 'tables.risks', /liste/],
  ];
  it.each(mutations)('refuses %s, naming the field, writing nothing', (_label, mutate, field, reason) => {
    const dir = tempDir();
    const out = path.join(dir, 'refus.orchestre');
    const params = refusal(() => importValue(mutate(clone()), out));
    expect(params).toMatchObject({ code: 'INVALID_IMPORT', field });
    expect(String(params.reason)).toMatch(reason);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('never replaces an existing file', () => {
    const dir = tempDir();
    const out = path.join(dir, 'pris.orchestre');
    fs.writeFileSync(out, 'x');
    expect(refusal(() => importValue(clone(), out))).toMatchObject({ code: 'FILE_EXISTS' });
    expect(fs.readFileSync(out, 'utf8')).toBe('x');
  });

  it('accepts omitted columns that have a default', () => {
    const doc = clone();
    delete doc.tables.stakeholders![0]!.notes;
    delete doc.tables.notes![0]!.deleted_at;
    const out = path.join(tempDir(), 'defauts.orchestre');
    importValue(doc, out);
    const back = exportFile(out);
    expect(back.tables.stakeholders?.[0]?.notes).toBe('');
    expect(back.tables.notes?.[0]?.deleted_at).toBeNull();
  });
});
