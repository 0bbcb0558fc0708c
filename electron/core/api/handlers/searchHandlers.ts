import type { searchContract } from '../../../../src/shared/contract/searchContract';
import { knownFiles, workspaceFilePaths } from '../../domain/search/knownFiles';
import { searchEngagement } from '../../domain/search/searchEngagement';
import { searchFiles } from '../../domain/search/searchWorkspace';
import type { Handlers } from '../handlerTypes';

export const searchHandlers: Handlers<typeof searchContract> = {
  'search:engagement': (input, ctx) => ctx.sessions.get(input.engagementId).read((db) => searchEngagement(db, input.query, input.limit)),
  'search:all': async (input, ctx) => {
    // A warm-up under way (a folder listed, an engagement closed) is already reading these files.
    await ctx.searchCache.settled();
    const files = knownFiles(workspaceFilePaths(ctx.workspace), ctx.sessions.list(), ctx.clientId);
    return searchFiles(ctx.searchCache, files, input.query, input.perFile, input.maxFiles);
  },
};
