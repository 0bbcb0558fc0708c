import type Database from 'better-sqlite3';
import type { EngagementCounts, EngagementInfo } from '../../../src/shared/model/engagement';
import { sql } from '../store/statements';
import { updateColumns } from './patch';

interface EngagementRow {
  uid: string;
  title: string;
  client_name: string;
  client_sector: string;
  client_city: string;
  client_website: string;
  client_headcount: string;
  client_description: string;
  context: string;
  start_date: string | null;
  end_date: string | null;
  budget_envelope_cents: number | null;
  deliverable_lang: 'fr' | 'en';
  branding_profile_id: string | null;
  client_logo_image_id: number | null;
  confidentiality: string;
  status: 'active' | 'archived';
  created_at: number;
  updated_at: number;
}

export function getEngagementInfo(db: Database.Database): EngagementInfo {
  const row = sql<[], EngagementRow>(db, 'SELECT * FROM engagement WHERE id = 1').get();
  if (!row) throw new Error('engagement record missing');
  return {
    uid: row.uid,
    title: row.title,
    clientName: row.client_name,
    clientSector: row.client_sector,
    clientCity: row.client_city,
    clientWebsite: row.client_website,
    clientHeadcount: row.client_headcount,
    clientDescription: row.client_description,
    context: row.context,
    startDate: row.start_date,
    endDate: row.end_date,
    budgetEnvelopeCents: row.budget_envelope_cents,
    deliverableLang: row.deliverable_lang,
    brandingProfileId: row.branding_profile_id,
    clientLogoImageId: row.client_logo_image_id,
    confidentiality: row.confidentiality,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** camelCase field of the API → column of the `engagement` table. */
const COLUMNS: Record<string, string> = {
  title: 'title',
  clientName: 'client_name',
  clientSector: 'client_sector',
  clientCity: 'client_city',
  clientWebsite: 'client_website',
  clientHeadcount: 'client_headcount',
  clientDescription: 'client_description',
  context: 'context',
  startDate: 'start_date',
  endDate: 'end_date',
  budgetEnvelopeCents: 'budget_envelope_cents',
  deliverableLang: 'deliverable_lang',
  brandingProfileId: 'branding_profile_id',
  confidentiality: 'confidentiality',
  status: 'status',
  updatedAt: 'updated_at',
};

export type EngagementPatch = Partial<Omit<EngagementInfo, 'uid' | 'createdAt' | 'updatedAt' | 'clientLogoImageId'>>;

export function updateEngagementInfo(db: Database.Database, patch: EngagementPatch, now: number): void {
  updateColumns(db, 'engagement', COLUMNS, { ...patch, updatedAt: now }, { id: 1 });
}

export function touchEngagement(db: Database.Database, now: number): void {
  sql(db, 'UPDATE engagement SET updated_at = ? WHERE id = 1').run(now);
}

const COUNTS_SQL = `SELECT
  (SELECT count(*) FROM interview_sessions) AS interviewSessions,
  -- live notes: all of them minus the deleted ones, both counted on indexes (0004), never by reading every note
  (SELECT count(*) FROM notes) - (SELECT count(*) FROM notes WHERE deleted_at IS NOT NULL) AS notes,
  (SELECT count(*) FROM objectives WHERE status <> 'dropped') AS objectives,
  (SELECT count(*) FROM audit_channels c WHERE c.enabled = 1
     AND EXISTS (SELECT 1 FROM audit_criteria k WHERE k.channel_id = c.id AND (k.score IS NOT NULL OR k.not_applicable = 1))) AS auditChannelsScored,
  (SELECT count(*) FROM audit_channels WHERE enabled = 1) AS auditChannels,
  (SELECT count(*) FROM competitors) AS competitors,
  (SELECT count(*) FROM personas) AS personas,
  (SELECT count(*) FROM actions WHERE status <> 'dropped') AS actions,
  (SELECT count(*) FROM actions WHERE status = 'done') AS actionsDone,
  (SELECT count(*) FROM risks) AS risks,
  (SELECT count(*) FROM exports) AS exports`;

export function getEngagementCounts(db: Database.Database): EngagementCounts {
  return sql<[], EngagementCounts>(db, COUNTS_SQL).get() as EngagementCounts;
}

export function getPlannedBudgetCents(db: Database.Database): number {
  const row = sql<[], { total: number | null }>(db, "SELECT sum(budget_planned_cents) AS total FROM actions WHERE status <> 'dropped'").get();
  return row?.total ?? 0;
}

/**
 * Share of the method's seven steps that hold something: interview, objectives,
 * audit, benchmark, personas, plan, deliverables. Shown on the home screen.
 */
export function computeProgress(counts: EngagementCounts): number {
  // The same rule as the overview's « Les 7 étapes » (src/features/overview/steps.ts): an interview session started counts.
  const steps = [
    counts.notes > 0 || counts.interviewSessions > 0,
    counts.objectives > 0,
    counts.auditChannelsScored > 0,
    counts.competitors > 0,
    counts.personas > 0,
    counts.actions > 0,
    counts.exports > 0,
  ];
  return steps.filter(Boolean).length / steps.length;
}

/** Points the engagement at its client's logo; the previous image goes if nothing else uses it. */
export function setClientLogo(db: Database.Database, imageId: number | null, now: number): number | null {
  const previous = sql<[], number | null>(db, 'SELECT client_logo_image_id FROM engagement WHERE id = 1').pluck().get() ?? null;
  sql(db, 'UPDATE engagement SET client_logo_image_id = ?, updated_at = ? WHERE id = 1').run(imageId, now);
  return previous;
}
