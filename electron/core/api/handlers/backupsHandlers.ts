import fs from 'node:fs';
import path from 'node:path';
import type { backupsContract } from '../../../../src/shared/contract/backupsContract';
import { engagementFileName, firstFreePath } from '../../domain/fileNames';
import { copyEngagementTo, restoreBackupTo } from '../../store/copyEngagement';
import { FILE_EXTENSION } from '../../store/fileFormat';
import type { Handlers } from '../handlerTypes';
import { openAndRemember } from './openEngagement';

const stamp = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ').replace(':', 'h');

export const backupsHandlers: Handlers<typeof backupsContract> = {
  'backup:engagements': (_input, ctx) => {
    let folders: string[];
    try {
      folders = fs.readdirSync(ctx.backups.root);
    } catch {
      return [];
    }
    return folders
      .flatMap((uid) => {
        const entries = ctx.backups.list(uid);
        const named = entries.find((entry) => entry.readable);
        return entries.length ? [{ uid, clientName: named?.clientName ?? '', latestAt: entries[0]!.createdAt, count: entries.length }] : [];
      })
      .sort((a, b) => b.latestAt - a.latestAt);
  },

  'backup:list': (input, ctx) => ctx.backups.list(input.uid),

  'backup:create': async (input, ctx) => ctx.backups.create(ctx.sessions.get(input.engagementId), 'manuelle'),

  'backup:restore': async (input, ctx) => {
    const source = ctx.backups.resolve(input.uid, input.fileName);
    const entry = ctx.backups.list(input.uid).find((candidate) => candidate.fileName === input.fileName);
    const label = ctx.workspace.uiLang() === 'fr' ? 'restauré le' : 'restored on';
    const base = engagementFileName(entry?.clientName || 'Mission', `${label} ${stamp(new Date(entry?.createdAt ?? ctx.now()))}`);
    const target = firstFreePath(input.folder ?? ctx.workspace.defaultFolder(), base);
    await restoreBackupTo(source, target);
    return openAndRemember(target, ctx);
  },

  'backup:setKeep': (input, ctx) => {
    ctx.backups.setKeep(input.keep);
    return { keep: ctx.workspace.setBackupKeep(input.keep) };
  },

  'engagement:duplicate': async (input, ctx) => {
    const session = ctx.sessions.get(input.engagementId);
    const original = session.file.path;
    const suffix = ctx.workspace.uiLang() === 'fr' ? ' (copie)' : ' (copy)';
    const name = path.basename(original, FILE_EXTENSION) + suffix + FILE_EXTENSION;
    // Beside the original, unless its folder is gone (the file was moved or deleted while open).
    const besideOriginal = fs.existsSync(path.dirname(original)) ? path.dirname(original) : ctx.workspace.defaultFolder();
    const target = firstFreePath(input.folder ?? besideOriginal, name);
    await copyEngagementTo(session.file.db, target);
    return { path: target };
  },
};
