import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { readAuditPart, type AuditPart } from './audit';
import { readBenchmarkPart, type BenchmarkPart } from './benchmark';
import { readEngagementPart, type EngagementPart } from './engagement';
import { readImages, type SnapshotImage } from './images';
import { readInterviewPart, type InterviewPart } from './interviews';
import { readLinks, type ItemLink } from './links';
import { readObjectivesPart, type ObjectivesPart } from './objectives';
import { readPersonasPart, type PersonasPart } from './personas';
import { readPlanPart, type PlanPart } from './plan';

/** Everything a deliverable shows, as plain data: no database handle, safe to post to a worker. */
export interface SnapshotContent {
  engagement: EngagementPart;
  interviews: InterviewPart;
  objectives: ObjectivesPart;
  audit: AuditPart;
  benchmark: BenchmarkPart;
  personas: PersonasPart;
  plan: PlanPart;
  links: ItemLink[];
}

export interface EngagementSnapshot extends SnapshotContent {
  images: Record<number, SnapshotImage>;
}

/** Reads the whole engagement in one read (call inside `session.read`, so it sees one consistent state). */
export function readSnapshot(db: Database.Database): EngagementSnapshot {
  return {
    engagement: readEngagementPart(db),
    interviews: readInterviewPart(db),
    objectives: readObjectivesPart(db),
    audit: readAuditPart(db),
    benchmark: readBenchmarkPart(db),
    personas: readPersonasPart(db),
    plan: readPlanPart(db),
    links: readLinks(db),
    images: readImages(db),
  };
}

/** The content without image bytes (images stand by their hash): what history keeps and compares. */
export function snapshotContent(snapshot: EngagementSnapshot): SnapshotContent & { imageHashes: string[] } {
  const { images, ...content } = snapshot;
  // updatedAt changes on every edit, even one no deliverable shows: leave it out of the hash.
  const info = { ...content.engagement.info, updatedAt: 0 };
  return {
    ...content,
    engagement: { ...content.engagement, info },
    imageHashes: Object.values(images).map((image) => image.sha256).sort(),
  };
}

export function contentHash(snapshot: EngagementSnapshot, extra: string): string {
  return crypto.createHash('sha256').update(JSON.stringify(snapshotContent(snapshot))).update(extra).digest('hex');
}

export type { SnapshotImage } from './images';
export type { SnapshotChannel, SnapshotCriterion } from './audit';
export type { SnapshotCompetitor } from './benchmark';
export type { SnapshotNote, SnapshotSession, NoteTag } from './interviews';
export type { SnapshotObjective } from './objectives';
export type { SnapshotPersona, TraitKind } from './personas';
export type { SnapshotAction, ActionStatus, Priority } from './plan';
export type { ItemLink } from './links';
