import type { workspaceContract } from '../../../../src/shared/contract/workspaceContract';
import type { Handlers } from '../handlerTypes';

export const workspaceHandlers: Handlers<typeof workspaceContract> = {
  'workspace:get': (_input, ctx) => ctx.workspace.state(),
  'workspace:setLanguage': (input, ctx) => ctx.workspace.setLanguage(input.lang),
  'workspace:setDefaultFolder': (input, ctx) => {
    const state = ctx.workspace.setDefaultFolder(input.folder);
    ctx.searchCache.warm(ctx.workspace.listFiles().map((file) => file.path));
    return state;
  },
  'workspace:forgetRecent': (input, ctx) => ctx.workspace.forgetRecent(input.path),
  'workspace:setArchived': (input, ctx) => ctx.workspace.setArchived(input.path, input.archived),
  'workspace:finishFirstRun': (_input, ctx) => ctx.workspace.finishFirstRun(),
  'workspace:listFiles': (input, ctx) => {
    const files = ctx.workspace.listFiles(input.folder);
    // A folder listed is likely to be searched next: its files are read into the search cache in the background.
    ctx.searchCache.warm(files.map((file) => file.path));
    // Never opens a file to describe it: what the cache read from this very version, or nothing yet.
    return files.map((file) => ({ ...file, meta: ctx.searchCache.info(file.path, { size: file.sizeBytes, mtimeMs: file.modifiedAt }) }));
  },
  'branding:list': (_input, ctx) => ctx.workspace.brandingProfiles(),
  'branding:save': (input, ctx) => ctx.workspace.saveBranding(input),
  'branding:delete': (input, ctx) => ({ deleted: ctx.workspace.deleteBranding(input.id) }),
};
