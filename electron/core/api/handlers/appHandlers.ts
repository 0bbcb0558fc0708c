import fs from 'node:fs';
import path from 'node:path';
import type { appContract } from '../../../../src/shared/contract/appContract';
import { SCHEMA_VERSION } from '../../store/migrations';
import type { Handlers } from '../handlerTypes';

/**
 * The renderer may only ask the OS to open what Orchestre writes for the user to
 * open: an existing Word document. Never an executable, a script or a folder.
 */
function isExportedDocument(file: string): boolean {
  if (path.extname(file).toLowerCase() !== '.docx') return false;
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

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

  'shell:openPath': async (input, ctx) => {
    if (!isExportedDocument(input.path) || !ctx.platform.openPath) return { opened: false };
    await ctx.platform.openPath(path.resolve(input.path));
    return { opened: true };
  },

  'shell:showItemInFolder': (input, ctx) => {
    if (!isExportedDocument(input.path) || !ctx.platform.showItemInFolder) return { opened: false };
    ctx.platform.showItemInFolder(path.resolve(input.path));
    return { opened: true };
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
