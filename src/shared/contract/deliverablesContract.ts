import { z } from 'zod';
import type { ChangesSinceSent, ExportHistoryEntry, ExportResult } from '../model/deliverables';
import { DELIVERABLE_KINDS } from '../model/deliverables';
import { method } from './define';
import { engagementId, filePath, langSchema, rowId } from './fields';

const deliverableKind = z.enum(DELIVERABLE_KINDS);

export const deliverablesContract = {
  /** Writes the chosen deliverables as .docx into a folder; progress arrives as `job:progress` events. */
  'deliverables:export': method(
    z
      .object({
        engagementId,
        deliverables: z.array(deliverableKind).min(1).max(DELIVERABLE_KINDS.length),
        /** Defaults to the engagement's deliverable language. */
        lang: langSchema.optional(),
        /** Defaults to the engagement's profile, then the first one. */
        profileId: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
        /** Defaults to the folder of the engagement file. */
        folder: filePath.optional(),
        /** Chosen by the renderer so it can listen to progress before the call returns. */
        jobId: z.string().regex(/^[a-zA-Z0-9_-]{4,64}$/).optional(),
      })
      .strict(),
  ).returns<ExportResult>(),
  'deliverables:history': method(z.object({ engagementId }).strict()).returns<ExportHistoryEntry[]>(),
  /** Marks one exported version as sent to the client; its content is kept for later comparison. */
  'deliverables:markSent': method(z.object({ engagementId, exportId: rowId }).strict()).returns<ExportHistoryEntry>(),
  'deliverables:changesSinceSent': method(
    z.object({ engagementId, deliverable: deliverableKind, lang: langSchema.optional() }).strict(),
  ).returns<ChangesSinceSent>(),
};
