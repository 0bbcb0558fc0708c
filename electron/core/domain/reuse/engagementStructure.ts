import type Database from 'better-sqlite3';
import type { CarryOver } from '../../../../src/shared/model/reuse';
import type { Lang } from '../../../../src/shared/lang';
import type { GuideTemplate } from '../../../../src/shared/model/interview';
import { sql } from '../../store/statements';
import { createGuideFromTemplate } from '../interview/guides';
import type { SeedPart, SeedStep } from '../newEngagementSeed';

/**
 * The reusable structure of an engagement — its interview guides, its audit grid
 * (channels and criteria), its KPI catalogue, its branding profile — read out
 * of one file to seed another. Only these columns are read, by name: scores,
 * evidence, summaries, notes, personas, actions, people and images are never
 * selected, so they cannot be carried by mistake.
 */
export interface EngagementStructure {
  guides: { title: string; lang: Lang; templateKey: string; sections: { title: string; questions: { text: string; hint: string }[] }[] }[];
  channels: { code: string; name: string; network: string; enabled: number; criteria: string[] }[];
  kpis: { code: string; label_fr: string; label_en: string; definition_fr: string; definition_en: string; unit: string; direction: string; is_custom: number }[];
  brandingProfileId: string | null;
}

export function readEngagementStructure(db: Database.Database): EngagementStructure {
  const guides = sql<[], { id: number; title: string; lang: Lang; template_key: string }>(
    db,
    'SELECT id, title, lang, template_key FROM interview_guides ORDER BY id',
  ).all();
  const sections = sql<[number], { id: number; title: string }>(db, 'SELECT id, title FROM guide_sections WHERE guide_id = ? ORDER BY position, id');
  const questions = sql<[number], { text: string; hint: string }>(db, 'SELECT text, hint FROM guide_questions WHERE section_id = ? ORDER BY position, id');
  const channels = sql<[], { id: number; code: string; name: string; network: string; enabled: number }>(
    db,
    'SELECT id, code, name, network, enabled FROM audit_channels ORDER BY position, id',
  ).all();
  const criteria = sql<[number], string>(db, 'SELECT label FROM audit_criteria WHERE channel_id = ? ORDER BY position, id').pluck();
  return {
    guides: guides.map((guide) => ({
      title: guide.title,
      lang: guide.lang,
      templateKey: guide.template_key,
      sections: sections.all(guide.id).map((section) => ({ title: section.title, questions: questions.all(section.id) })),
    })),
    channels: channels.map(({ id, ...channel }) => ({ ...channel, criteria: criteria.all(id) })),
    kpis: sql<[], EngagementStructure['kpis'][number]>(
      db,
      'SELECT code, label_fr, label_en, definition_fr, definition_en, unit, direction, is_custom FROM kpi_definitions ORDER BY id',
    ).all(),
    brandingProfileId: sql<[], string | null>(db, 'SELECT branding_profile_id FROM engagement WHERE id = 1').pluck().get() ?? null,
  };
}

function writeGuides(db: Database.Database, guides: EngagementStructure['guides'], now: number): void {
  const guide = sql(db, 'INSERT INTO interview_guides (title, lang, template_key, created_at) VALUES (?, ?, ?, ?)');
  const section = sql(db, 'INSERT INTO guide_sections (guide_id, title, position) VALUES (?, ?, ?)');
  const question = sql(db, 'INSERT INTO guide_questions (section_id, text, hint, position) VALUES (?, ?, ?, ?)');
  for (const g of guides) {
    const guideId = guide.run(g.title, g.lang, g.templateKey, now).lastInsertRowid;
    g.sections.forEach((s, i) => {
      const sectionId = section.run(guideId, s.title, i + 1).lastInsertRowid;
      s.questions.forEach((q, j) => question.run(sectionId, q.text, q.hint, j + 1));
    });
  }
}

/** Channels and criteria only: every score empty, no evidence, no summary. */
function writeAuditGrid(db: Database.Database, channels: EngagementStructure['channels'], now: number): void {
  const channel = sql(db, 'INSERT INTO audit_channels (code, name, network, position, enabled) VALUES (?, ?, ?, ?, ?)');
  const criterion = sql(db, 'INSERT INTO audit_criteria (channel_id, label, position, updated_at) VALUES (?, ?, ?, ?)');
  channels.forEach((c, i) => {
    const channelId = channel.run(c.code, c.name, c.network, i + 1, c.enabled).lastInsertRowid;
    c.criteria.forEach((label, j) => criterion.run(channelId, label, j + 1, now));
  });
}

function writeKpis(db: Database.Database, kpis: EngagementStructure['kpis']): void {
  const insert = sql(
    db,
    `INSERT INTO kpi_definitions (code, label_fr, label_en, definition_fr, definition_en, unit, direction, is_custom)
     VALUES (@code, @label_fr, @label_en, @definition_fr, @definition_en, @unit, @direction, @is_custom)`,
  );
  for (const kpi of kpis) insert.run(kpi);
}

/**
 * The seed steps a previous engagement replaces: each part the consultant chose
 * to carry comes from its structure; every other part keeps the standard default
 * in the new engagement's language. Runs inside the creation transaction.
 */
export function carriedSeedSteps(structure: EngagementStructure, carry: CarryOver): Partial<Record<SeedPart, SeedStep>> {
  const steps: Partial<Record<SeedPart, SeedStep>> = {};
  if (carry.guide && structure.guides.length) steps.guide = (db, _lang, now) => writeGuides(db, structure.guides, now);
  if (carry.auditGrid && structure.channels.length) steps.auditGrid = (db, _lang, now) => writeAuditGrid(db, structure.channels, now);
  if (carry.kpis && structure.kpis.length) steps.kpis = (db) => writeKpis(db, structure.kpis);
  return steps;
}

/** A guide template (built in or saved by the consultant) as the new engagement's guide. */
export function guideTemplateStep(template: GuideTemplate): SeedStep {
  return (db, _lang, now) => {
    createGuideFromTemplate(db, template, now);
  };
}

export function setBrandingProfile(db: Database.Database, profileId: string | null): void {
  sql(db, 'UPDATE engagement SET branding_profile_id = ? WHERE id = 1').run(profileId);
}
