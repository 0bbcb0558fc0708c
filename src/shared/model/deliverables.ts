import type { Lang } from '../lang';

/** The Word deliverables Orchestre writes, in the order the Livrables screen lists them. */
export const DELIVERABLE_KINDS = ['interview', 'audit', 'benchmark', 'personas', 'plan', 'specification', 'strategy'] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

export function isDeliverableKind(value: unknown): value is DeliverableKind {
  return typeof value === 'string' && (DELIVERABLE_KINDS as readonly string[]).includes(value);
}

export interface ExportedFile {
  deliverable: DeliverableKind;
  lang: Lang;
  version: number;
  path: string;
  fileName: string;
  byteSize: number;
  contentHash: string;
  pages: number | null;
  /** True when the content had not changed since the last export: same version number. */
  sameAsPrevious: boolean;
}

export interface ExportResult {
  jobId: string;
  files: ExportedFile[];
  elapsedMs: number;
}

export interface ExportHistoryEntry {
  id: number;
  deliverable: DeliverableKind;
  version: number;
  lang: Lang;
  fileName: string;
  contentHash: string;
  byteSize: number;
  profileId: string;
  createdAt: number;
  sentAt: number | null;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One item that differs between the version sent to the client and today's data. */
export interface ItemChange {
  /** What sort of item: 'objective', 'action', 'persona'… */
  item: string;
  change: ChangeKind;
  label: string;
  /** For 'changed': which fields, in the deliverable's language. */
  fields?: string[];
}

export interface ChangesSinceSent {
  /** The version sent, or null when no version of this deliverable was sent yet. */
  sent: ExportHistoryEntry | null;
  changes: ItemChange[];
  /** The same, as plain sentences (« 2 actions ajoutées : … »). */
  sentences: string[];
}
