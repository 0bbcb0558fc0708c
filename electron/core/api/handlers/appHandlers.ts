import type { appContract } from '../../../../src/shared/contract/appContract';
import { SCHEMA_VERSION } from '../../store/migrations';
import type { Handlers } from '../handlerTypes';

export const appHandlers: Handlers<typeof appContract> = {
  'app:info': (_input, ctx) => ({
    version: ctx.appVersion,
    schemaVersion: SCHEMA_VERSION,
    platform: ctx.platform.kind,
    nativeDialogs: Boolean(ctx.platform.pickEngagementFile),
  }),

  'dialog:openEngagement': async (_input, ctx) => {
    const picked = (await ctx.platform.pickEngagementFile?.()) ?? null;
    return picked ? { path: picked } : null;
  },

  'dialog:chooseFolder': async (input, ctx) => {
    const picked = (await ctx.platform.chooseFolder?.(input.defaultPath ?? ctx.workspace.defaultFolder())) ?? null;
    return picked ? { path: picked } : null;
  },

  'shell:openExternal': async (input, ctx) => {
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      return { opened: false };
    }
    // Only web links leave the app: no file:, javascript:, smb: or custom schemes.
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !ctx.platform.openExternal) return { opened: false };
    await ctx.platform.openExternal(url);
    return { opened: true };
  },
};
