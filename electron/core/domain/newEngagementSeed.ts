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

const steps: SeedStep[] = [seedDiscoveryGuide, seedKpiCatalogue, seedAuditGrid];

export function seedNewEngagement(db: Database.Database, lang: Lang, now: number): void {
  for (const step of steps) step(db, lang, now);
}
