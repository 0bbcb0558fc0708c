import type Database from 'better-sqlite3';
import { seedAuditFindings } from './auditFindingsPart';
import { seedAuditGrid } from './auditPart';
import { seedBenchmark } from './benchmarkPart';
import { seedEngagement } from './engagementPart';
import { insertRows, type DemoRow } from './insertRows';
import { seedInterviews } from './interviewPart';
import { seedLinks } from './linksPart';
import { seedNotes } from './notesPart';
import { seedObjectives } from './objectivesPart';
import { seedPersonas } from './personasPart';
import { seedPlan } from './planPart';
import { seedSteering } from './steeringPart';

/**
 * Fills every table of a freshly created engagement with the sample mission,
 * inside the creation transaction. Parts run parents first (images before the
 * records that show them, objectives before personas link to them…).
 */
export function seedDemoEngagement(db: Database.Database, images: readonly DemoRow[]): void {
  insertRows(db, 'images', images);
  seedEngagement(db);
  seedInterviews(db);
  seedNotes(db);
  seedObjectives(db);
  seedAuditGrid(db);
  seedAuditFindings(db);
  seedBenchmark(db);
  seedPersonas(db);
  seedPlan(db);
  seedSteering(db);
  seedLinks(db);
}
