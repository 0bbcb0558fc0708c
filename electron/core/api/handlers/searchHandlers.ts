import type { searchContract } from '../../../../src/shared/contract/searchContract';
import { knownFiles } from '../../domain/search/knownFiles';
import { searchEngagement } from '../../domain/search/searchEngagement';
import { searchFiles } from '../../domain/search/searchWorkspace';
import type { Handlers } from '../handlerTypes';

export const searchHandlers: Handlers<typeof searchContract> = {
  'search:engagement': (input, ctx) => ctx.sessions.get(input.engagementId).read((db) => searchEngagement(db, input.query, input.limit)),
  'search:all': (input, ctx) => {
    const paths = [...ctx.workspace.state().recents.map((recent) => recent.path), ...ctx.workspace.listFiles().map((file) => file.path)];
    return searchFiles(ctx.searchCache, knownFiles(paths, ctx.sessions.list(), ctx.clientId), input.query, input.perFile, input.maxFiles);
  },
};
