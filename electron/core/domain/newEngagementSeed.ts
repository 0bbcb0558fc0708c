import type Database from 'better-sqlite3';
import type { Lang } from '../../../src/shared/lang';
import { seedAuditGrid } from './audit/channels';
import { seedDiscoveryGuide } from './interview/seedGuide';
import { seedKpiCatalogue } from './objectives/kpis';

/**
 * Default content of a new engagement (discovery guide, audit grid, KPI catalogue),
 * in the deliverable language. Each editor's domain module adds its defaults here.
 */
export type SeedStep = (db: Database.Database, lang: Lang, now: number) => void;

const DEFAULT_STEPS = { guide: seedDiscoveryGuide, kpis: seedKpiCatalogue, auditGrid: seedAuditGrid } satisfies Record<string, SeedStep>;
export type SeedPart = keyof typeof DEFAULT_STEPS;

/** Runs every default step, except those replaced (a guide template, a previous engagement's grid…). */
export function seedNewEngagement(db: Database.Database, lang: Lang, now: number, replaced: Partial<Record<SeedPart, SeedStep>> = {}): void {
  for (const [part, step] of Object.entries(DEFAULT_STEPS) as [SeedPart, SeedStep][]) (replaced[part] ?? step)(db, lang, now);
}
