import fs from 'node:fs';
import path from 'node:path';
import { DEMO_RECORD } from '../../demo/engagementPart';
import { writeDemoEngagement } from '../../demo/writeDemoEngagement';
import { engagementFileName } from '../../domain/fileNames';
import type { engagementContract } from '../../../../src/shared/contract/engagementContract';
import { setClientLogo, updateEngagementInfo } from '../../domain/engagement';
import { dropImageIfUnused, insertImage } from '../../domain/images/imageStore';
import { decodeBase64, prepareImage } from '../../domain/images/prepareImage';
import { buildOverview } from '../../domain/overview';
import { createStakeholder, deleteStakeholder, updateStakeholder } from '../../domain/stakeholders';
import type { Handlers } from '../handlerTypes';
import { carriedSeedSteps, setBrandingProfile } from '../../domain/reuse/engagementStructure';
import { createEngagement, readPreviousStructure } from './createEngagement';
import { openAndRemember, rememberRecent } from './openEngagement';

export const engagementHandlers: Handlers<typeof engagementContract> = {
  'engagement:create': (input, ctx) => createEngagement(input, ctx),

  'engagement:createFrom': async ({ sourcePath, carry, ...input }, ctx) => {
    const structure = await readPreviousStructure(sourcePath, ctx);
    return createEngagement(input, ctx, carriedSeedSteps(structure, carry), (db) => {
      if (carry.branding) setBrandingProfile(db, structure.brandingProfileId);
    });
  },

  'engagement:open': (input, ctx) => openAndRemember(input.path, ctx),

  'engagement:openDemo': (_input, ctx) => {
    const folder = ctx.workspace.defaultFolder();
    const existing = path.join(folder, engagementFileName(DEMO_RECORD.clientName, DEMO_RECORD.title));
    // Written once: the consultant may have changed it since; it is never replaced.
    return openAndRemember(fs.existsSync(existing) ? existing : writeDemoEngagement(folder), ctx);
  },

  'engagement:close': async (input, ctx) => {
    const session = ctx.sessions.list().find((candidate) => candidate.id === input.engagementId);
    if (!session) return { closed: false };
    rememberRecent(session, ctx);
    // A backup still copying pages must finish before its connection closes.
    await ctx.backups.settle(session.id);
    const closed = ctx.sessions.close(input.engagementId);
    ctx.emit({ type: 'engagement:closed', engagementId: input.engagementId, reason: 'closed' });
    // Its search rows are copied into the search cache now, while nothing else is going on.
    ctx.searchCache.warm([session.file.path]);
    return { closed };
  },

  'engagement:fileStatus': (input, ctx) => ({ state: ctx.sessions.get(input.engagementId).fileState() }),

  'engagement:overview': (input, ctx) => buildOverview(ctx.sessions.get(input.engagementId)),

  'engagement:update': (input, ctx) => {
    const session = ctx.sessions.get(input.engagementId);
    session.write((db) => updateEngagementInfo(db, input.patch, ctx.now()));
    return buildOverview(session);
  },

  'engagement:setClientLogo': async (input, ctx) => {
    const session = ctx.sessions.get(input.engagementId);
    // Decoded, checked and downscaled before the write transaction starts.
    const prepared = input.data === null ? null : await prepareImage(decodeBase64(input.data));
    session.write((db) => {
      const imageId = prepared ? insertImage(db, prepared, 'logo client', ctx.now()).id : null;
      const previous = setClientLogo(db, imageId, ctx.now());
      if (previous !== null && previous !== imageId) dropImageIfUnused(db, previous);
    });
    return buildOverview(session);
  },

  'stakeholder:create': (input, ctx) =>
    ctx.sessions.get(input.engagementId).write((db) => createStakeholder(db, input.stakeholder, ctx.now())),

  'stakeholder:update': (input, ctx) =>
    ctx.sessions.get(input.engagementId).write((db) => updateStakeholder(db, input.id, input.patch)),

  'stakeholder:delete': (input, ctx) => ({
    deleted: ctx.sessions.get(input.engagementId).write((db) => deleteStakeholder(db, input.id)),
  }),
};
