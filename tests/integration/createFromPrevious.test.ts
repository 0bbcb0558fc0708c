import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { writeDemoEngagement } from '../../electron/core/demo/writeDemoEngagement';
import { createTestClient, type TestClient } from '../helpers/callApi';
import { tempDir } from '../helpers/tempDir';
import { readEngagement } from '../helpers/engagementFiles';

let client: TestClient | undefined;
afterEach(() => client?.close());

/** The only tables a new engagement may take from a previous one (plus its own record). */
const STRUCTURE_TABLES = ['interview_guides', 'guide_sections', 'guide_questions', 'audit_channels', 'audit_criteria', 'kpi_definitions'];
const ALL = { guide: true, auditGrid: true, kpis: true, branding: true };
const NONE = { guide: false, auditGrid: false, kpis: false, branding: false };

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name").pluck().all() as string[];
const counts = (file: string) =>
  readEngagement(file, (db) => Object.fromEntries(tables(db).map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number])));
const allText = (file: string) => readEngagement(file, (db) => tables(db).map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n'));
const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function setup() {
  client = createTestClient();
  const demo = writeDemoEngagement(tempDir());
  // The demo has no branding profile of its own: give it one, as a consultant would have.
  const writable = new Database(demo);
  writable.prepare("UPDATE engagement SET branding_profile_id = 'studio-nord' WHERE id = 1").run();
  writable.close();
  return { demo, call: client.call };
}

async function createClosed(call: TestClient['call'], method: 'engagement:create' | 'engagement:createFrom', input: Record<string, unknown>) {
  const handle = await call(method, input as never);
  await call('engagement:close', { engagementId: handle.engagementId });
  return handle.path;
}

describe('a new engagement from a previous one', () => {
  test('carries the guide, the audit grid without scores, the KPI catalogue and the branding — and no client data in any table', async () => {
    const { demo, call } = await setup();
    const demoBefore = digest(demo);
    const blank = await createClosed(call, 'engagement:create', { clientName: 'Témoin vierge' });
    const fresh = await createClosed(call, 'engagement:createFrom', { clientName: 'Fromagerie Vidal', sourcePath: demo, carry: ALL });

    const source = counts(demo);
    const blankCounts = counts(blank);
    const result = counts(fresh);
    // The demo is full of client data, so an empty result proves something.
    for (const table of ['notes', 'objectives', 'personas', 'actions', 'competitors', 'stakeholders', 'audit_findings', 'images', 'interview_sessions']) {
      expect(source[table], table).toBeGreaterThan(0);
    }
    expect(Object.keys(result).sort()).toEqual(Object.keys(source).sort());
    for (const table of Object.keys(result)) {
      if (STRUCTURE_TABLES.includes(table)) expect(result[table], table).toBe(source[table]);
      else expect(result[table], table).toBe(blankCounts[table]);
    }

    readEngagement(fresh, (db) => {
      const engagement = db.prepare('SELECT * FROM engagement').get() as Record<string, unknown>;
      expect(engagement).toMatchObject({
        client_name: 'Fromagerie Vidal', client_city: '', client_description: '', context: '', client_logo_image_id: null,
        budget_envelope_cents: null, branding_profile_id: 'studio-nord',
      });
      expect(db.prepare('SELECT count(*) FROM audit_criteria WHERE score IS NOT NULL OR not_applicable <> 0 OR evidence <> \'\' OR evidence_url <> \'\' OR evidence_figures <> \'\'').pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM audit_channels WHERE summary <> ''").pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM kpi_definitions WHERE is_custom = 1').pluck().get()).toBeGreaterThan(0);
    });
    // No client name or person of the demo anywhere in the new file.
    const text = allText(fresh);
    for (const word of ['Verdier', 'Ateliers', 'Lebrun']) expect(text).not.toContain(word);
    // Reading the previous engagement did not change it.
    expect(digest(demo)).toBe(demoBefore);
  });

  test('what is not carried gets the standard default, in the new engagement’s language', async () => {
    const { demo, call } = await setup();
    const blank = await createClosed(call, 'engagement:create', { clientName: 'Témoin', deliverableLang: 'en' });
    const fresh = await createClosed(call, 'engagement:createFrom', { clientName: 'Nothing carried', deliverableLang: 'en', sourcePath: demo, carry: NONE });
    const structure = (file: string) =>
      readEngagement(file, (db) => ({
        guides: db.prepare('SELECT title, lang FROM interview_guides').all(),
        questions: db.prepare('SELECT text FROM guide_questions ORDER BY id').pluck().all(),
        channels: db.prepare('SELECT name FROM audit_channels ORDER BY id').pluck().all(),
        criteria: db.prepare('SELECT label FROM audit_criteria ORDER BY id').pluck().all(),
        kpis: db.prepare('SELECT code FROM kpi_definitions ORDER BY id').pluck().all(),
        branding: db.prepare('SELECT branding_profile_id FROM engagement').pluck().get(),
      }));
    expect(structure(fresh)).toEqual(structure(blank));
    expect(structure(fresh).branding).toBeNull();
  });

  test('only the guide: the rest is default', async () => {
    const { demo, call } = await setup();
    const fresh = await createClosed(call, 'engagement:createFrom', { clientName: 'Guide seul', sourcePath: demo, carry: { ...NONE, guide: true } });
    const titles = readEngagement(fresh, (db) => db.prepare('SELECT title FROM interview_guides').pluck().all());
    expect(titles).toEqual(readEngagement(demo, (db) => db.prepare('SELECT title FROM interview_guides').pluck().all()));
    expect(readEngagement(fresh, (db) => db.prepare('SELECT count(*) FROM kpi_definitions WHERE is_custom = 1').pluck().get())).toBe(0);
  });

  test('an engagement open in this window is read through its session', async () => {
    const { demo, call } = await setup();
    const channels = counts(demo).audit_channels;
    // Open, the file is locked to its session: a second connection could not read it.
    const open = await call('engagement:open', { path: demo });
    const fresh = await createClosed(call, 'engagement:createFrom', { clientName: 'Pendant', sourcePath: demo, carry: ALL });
    expect(counts(fresh).audit_channels).toBe(channels);
    // Still open and usable afterwards.
    expect((await call('engagement:overview', { engagementId: open.engagementId })).info.clientName).toBe('Les Ateliers Verdier');
  });

  test('a source that is not an engagement is refused and no file is created', async () => {
    client = createTestClient();
    const folder = tempDir();
    const fake = `${folder}/notes.orchestre`;
    fs.writeFileSync(fake, 'pas une mission');
    const files = () => (fs.existsSync(client!.services.workspace.defaultFolder()) ? fs.readdirSync(client!.services.workspace.defaultFolder()) : []);
    const before = files();
    const error = await client.refused('engagement:createFrom', { clientName: 'X', sourcePath: fake, carry: ALL });
    expect(error.code).toBe('FILE_NOT_SQLITE');
    expect(files()).toEqual(before);
  });

  test('a new engagement can start from a guide template', async () => {
    client = createTestClient();
    const fresh = await createClosed(client.call, 'engagement:create', { clientName: 'Modèle', deliverableLang: 'fr', guideTemplateId: 'builtin-discovery-en' });
    expect(readEngagement(fresh, (db) => db.prepare('SELECT lang FROM interview_guides').pluck().all())).toEqual(['en']);
    expect(await client.refused('engagement:create', { clientName: 'Y', guideTemplateId: 'missing-template' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
