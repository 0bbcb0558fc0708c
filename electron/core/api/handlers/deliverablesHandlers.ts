import crypto from 'node:crypto';
import path from 'node:path';
import type { deliverablesContract } from '../../../../src/shared/contract/deliverablesContract';
import { AppError } from '../../../../src/shared/errors';
import { changesSinceSent } from '../../export/changesSinceSent';
import { exportDeliverables } from '../../export/exportDeliverables';
import { listExports, markSent } from '../../export/history';
import { resolveProfile } from '../../export/resolveProfile';
import type { Handlers } from '../handlerTypes';

export const deliverablesHandlers: Handlers<typeof deliverablesContract> = {
  'deliverables:export': async (input, ctx) => {
    const session = ctx.sessions.get(input.engagementId);
    const info = session.read((db) => db.prepare('SELECT branding_profile_id AS id FROM engagement WHERE id = 1').get() as { id: string | null });
    const profile = resolveProfile(ctx.workspace.brandingProfiles(), input.profileId, info.id);
    if (!profile) throw new AppError('NOT_FOUND', { what: 'profile' });
    const jobId = input.jobId ?? crypto.randomBytes(8).toString('hex');
    try {
      return await exportDeliverables(session, {
        deliverables: input.deliverables,
        ...(input.lang ? { lang: input.lang } : {}),
        profile,
        folder: input.folder ?? path.dirname(session.file.path),
        jobId,
        now: ctx.now,
        onProgress: (progress, step) => ctx.emit({ type: 'job:progress', jobId, progress, step }),
      });
    } finally {
      ctx.emit({ type: 'job:done', jobId });
    }
  },

  'deliverables:history': (input, ctx) => ctx.sessions.get(input.engagementId).read((db) => listExports(db)),

  'deliverables:markSent': (input, ctx) => {
    const entry = ctx.sessions.get(input.engagementId).write((db) => markSent(db, input.exportId, ctx.now()));
    if (!entry) throw new AppError('NOT_FOUND', { what: 'export' });
    return entry;
  },

  'deliverables:changesSinceSent': (input, ctx) => {
    const session = ctx.sessions.get(input.engagementId);
    const lang = input.lang ?? session.read((db) => (db.prepare('SELECT deliverable_lang AS l FROM engagement WHERE id = 1').get() as { l: 'fr' | 'en' }).l);
    return changesSinceSent(session, input.deliverable, lang);
  },
};
