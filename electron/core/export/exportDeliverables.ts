import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../src/shared/lang';
import type { DeliverableKind, ExportedFile, ExportResult } from '../../../src/shared/model/deliverables';
import type { BrandingProfile } from '../../../src/shared/model/workspace';
import type { EngagementSession } from '../store/sessions';
import type { BuildProgress, BuildRequest } from './buildAll';
import { deliverableFileName } from './fileName';
import { nextVersion, recordExport } from './history';
import { runExportWorker } from './runWorker';
import { contentHash, readSnapshot, snapshotContent } from './snapshot';
import { writeFileAtomic } from '../workspace/atomicWrite';

export interface ExportOptions {
  deliverables: DeliverableKind[];
  lang?: Lang;
  profile: BrandingProfile;
  folder: string;
  jobId?: string;
  now(): number;
  onProgress?: BuildProgress;
  /** Tests and the CLI may build in this process; the app always uses the worker. */
  build?: (request: BuildRequest, onProgress: BuildProgress) => Promise<{ kind: DeliverableKind; data: Buffer }[]>;
}

/**
 * Snapshot on the calling thread (it holds the SQLite connection), build in the export
 * worker, write each file atomically, record the history in one transaction.
 */
export async function exportDeliverables(session: EngagementSession, options: ExportOptions): Promise<ExportResult> {
  const started = Date.now();
  const jobId = options.jobId ?? crypto.randomBytes(8).toString('hex');
  const progress: BuildProgress = (value, step) => options.onProgress?.(value, step);
  progress(0, 'export.step.snapshot');
  const snapshot = session.read((db) => readSnapshot(db));
  const info = snapshot.engagement.info;
  const lang = options.lang ?? info.deliverableLang;
  const profileKey = JSON.stringify(options.profile);
  const kinds = [...new Set(options.deliverables)];
  const planned = session.read((db) =>
    kinds.map((kind) => {
      const hash = contentHash(snapshot, `${kind}|${lang}|${profileKey}`);
      return { kind, hash, ...nextVersion(db, kind, hash) };
    }),
  );
  const request: BuildRequest = {
    snapshot,
    profile: options.profile,
    lang,
    issuedOn: new Date(options.now()).toISOString().slice(0, 10),
    items: planned.map((p) => ({ kind: p.kind, version: p.version })),
  };
  const built = await (options.build ?? runExportWorker)(request, progress);
  progress(0.96, 'export.step.write');
  fs.mkdirSync(options.folder, { recursive: true });
  const contentJson = JSON.stringify(snapshotContent(snapshot));
  const files: ExportedFile[] = built.map(({ kind, data }) => {
    const plan = planned.find((p) => p.kind === kind)!;
    const fileName = deliverableFileName(kind, info.clientName, plan.version, lang, info.deliverableLang);
    const target = path.join(options.folder, fileName);
    // Temp file + rename: a crash never leaves half a document at the target.
    writeFileAtomic(target, data);
    return { deliverable: kind, lang, version: plan.version, path: target, fileName, byteSize: data.length, contentHash: plan.hash, pages: null, sameAsPrevious: plan.same };
  });
  if (!session.file.readOnly) {
    session.write((db) => {
      for (const file of files) {
        recordExport(db, { deliverable: file.deliverable, lang, hash: file.contentHash, fileName: file.fileName, byteSize: file.byteSize, profileId: options.profile.id, contentJson, now: options.now() });
      }
    });
  }
  progress(1, 'export.step.done');
  return { jobId, files, elapsedMs: Date.now() - started };
}
