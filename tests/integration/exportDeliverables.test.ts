import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERABLE_KINDS } from '../../src/shared/model/deliverables';
import { buildAll } from '../../electron/core/export/buildAll';
import { changesSinceSent } from '../../electron/core/export/changesSinceSent';
import { exportDeliverables } from '../../electron/core/export/exportDeliverables';
import { listExports, markSent } from '../../electron/core/export/history';
import { EngagementSessions } from '../../electron/core/store/sessions';
import { DEFAULT_BRANDING } from '../../electron/core/workspace/defaultBranding';
import { makeExportFixture } from './exportFixture';
import { convertWithLibreOffice, readBack } from './exportReadBack';

const PROFILE = { ...DEFAULT_BRANDING, agencyName: 'Cap Numérique', consultantName: 'Julie Bernard', legalFooter: 'Cap Numérique SAS · SIRET 123 456 789 00012' };
const NOW = Date.parse('2026-11-23T10:00:00Z');
const FIRST_HEADING: Record<string, string> = {
  interview: 'Entretien de cadrage', audit: 'Synthèse', benchmark: 'Benchmark concurrentiel', personas: 'Personas',
  plan: 'Synthèse', specification: 'Contexte de la mission', strategy: 'Synthèse',
};

let dir: string;
let sessions: EngagementSessions;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-export-'));
  sessions = new EngagementSessions({ backupDir: path.join(dir, 'backups') });
});
afterAll(() => {
  sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Word deliverables', () => {
  // The worker compiles the sources with tsx here (the app loads the bundled worker): slow to start.
  it('exports every deliverable through the worker, and each reads back as a well-formed, branded document', { timeout: 300_000 }, async () => {
    const file = await makeExportFixture(fs.mkdtempSync(path.join(dir, 'fr-')));
    const session = await sessions.open(file, 'test');
    const out = path.join(dir, 'out-fr');
    const steps: string[] = [];
    const result = await exportDeliverables(session, { deliverables: [...DELIVERABLE_KINDS], profile: PROFILE, folder: out, now: () => NOW, onProgress: (_p, step) => steps.push(step) });
    expect(result.files).toHaveLength(DELIVERABLE_KINDS.length);
    expect(steps).toContain('export.step.charts');
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const exported of result.files) {
      const doc = readBack(exported.path);
      expect(doc.xml_errors, exported.fileName).toEqual([]);
      expect(doc.headings[0]?.[1], exported.fileName).toBe(FIRST_HEADING[exported.deliverable]);
      expect(doc.headings.every(([style]) => /^Heading[123]$/.test(style))).toBe(true);
      expect(doc.toc_field && doc.toc_entries > 0, `${exported.fileName} TOC`).toBe(true);
      expect(doc.page_fields, `${exported.fileName} PAGE/NUMPAGES`).toBe(true);
      expect(doc.compat15).toBe(true);
      expect(doc.cover_sections).toBe(2);
      expect(doc.first_section_has_header).toBe(false);
      expect(doc.tblHeader_false).toBe(false);
      if (['audit', 'benchmark', 'plan', 'specification', 'strategy'].includes(exported.deliverable)) expect(doc.tables_with_header, exported.fileName).toBeGreaterThan(0);
      expect(doc.text).toContain('Boulangerie Martin');
      expect(doc.text).toContain('23 novembre 2026');
      expect(doc.text).toContain('Préparé pour\u00a0:');
      if (['audit', 'benchmark', 'plan', 'strategy', 'personas'].includes(exported.deliverable)) expect(doc.images, exported.fileName).toBeGreaterThan(0);
    }
    const strategy = readBack(result.files.find((f) => f.deliverable === 'strategy')!.path);
    expect(strategy.text).toMatch(/30\u202f000\u202f€/);
    expect(strategy.headings.map(([, text]) => text)).toEqual(expect.arrayContaining(['Synthèse', 'Audit de présence digitale', 'Plan d’action', 'Matrice de traçabilité']));
    expect(strategy.media.some((m) => m.endsWith('.svg'))).toBe(true);

    // History: unchanged content keeps its version; marked as sent; a change is reported in plain words.
    const again = await exportDeliverables(session, { deliverables: ['audit'], profile: PROFILE, folder: out, now: () => NOW + 1000 });
    expect(again.files[0]).toMatchObject({ version: 1, sameAsPrevious: true });
    const audit = session.read((db) => listExports(db)).find((e) => e.deliverable === 'audit')!;
    session.write((db) => markSent(db, audit.id, NOW));
    session.write((db) => db.prepare(`INSERT INTO recommendations (channel_id, text) VALUES (1, 'Ouvrir un compte TikTok')`).run());
    const changes = changesSinceSent(session, 'audit', 'fr');
    expect(changes.sent?.version).toBe(1);
    expect(changes.sentences.join('\n')).toMatch(/Canal audité — 1 modification/);
    const next = await exportDeliverables(session, { deliverables: ['audit'], profile: PROFILE, folder: out, now: () => NOW + 2000 });
    expect(next.files[0]?.version).toBe(2);
    sessions.close(session.id);
  });

  it('writes the English variant', { timeout: 120_000 }, async () => {
    const file = await makeExportFixture(fs.mkdtempSync(path.join(dir, 'en-')));
    const session = await sessions.open(file, 'test');
    const result = await exportDeliverables(session, { deliverables: ['strategy'], lang: 'en', profile: PROFILE, folder: path.join(dir, 'out-en'), now: () => NOW, build: buildAll });
    const doc = readBack(result.files[0]!.path);
    expect(doc.headings[0]?.[1]).toBe('Executive summary');
    expect(doc.text).toContain('23 November 2026');
    expect(doc.text).toContain('€30,000');
    expect(result.files[0]!.fileName).toContain('(EN)');
    sessions.close(session.id);
  });

  it('survives hostile text in every field, and LibreOffice converts the files with a filled TOC', { timeout: 300_000 }, async () => {
    const hostile = (text: string) => `${text} \u0001\u0007\u000b</w:t>]]><x/>&amp; 🎉👩‍💻 \ud800`;
    const fixtureDir = fs.mkdtempSync(path.join(dir, 'hostile-'));
    const file = await makeExportFixture(fixtureDir, hostile);
    const db = new Database(file);
    db.prepare('UPDATE engagement SET context = ?').run(`${'Paragraphe très long. '.repeat(48_000)}🎉`); // ≈ 1 MB
    db.close();
    const session = await sessions.open(file, 'test');
    const out = path.join(dir, 'out-hostile');
    const result = await exportDeliverables(session, { deliverables: ['strategy', 'specification', 'audit'], profile: PROFILE, folder: out, now: () => NOW, build: buildAll });
    for (const exported of result.files) {
      const doc = readBack(exported.path);
      expect(doc.xml_errors).toEqual([]);
      expect(doc.text).toContain('</w:t>]]>');
      expect(doc.text).toContain('🎉');
      const pdf = convertWithLibreOffice(exported.path, out);
      expect(pdf.pages).toBeGreaterThan(2);
      expect(pdf.text).toMatch(/Sommaire[\s\S]*\.{5,}\s*\d+/);
    }
    sessions.close(session.id);
  });
});
