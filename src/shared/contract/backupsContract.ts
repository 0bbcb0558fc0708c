import { z } from 'zod';
import type { BackupEntry } from '../model/backups';
import type { EngagementHandle } from '../model/engagement';
import { method } from './define';
import { engagementId, filePath } from './fields';

const uid = z.string().regex(/^[a-zA-Z0-9-]{1,64}$/, 'identifiant de mission invalide');
const backupFileName = z.string().regex(/^[0-9TZ-]+ [a-z0-9-]+\.orchestre$/, 'nom de sauvegarde invalide');

export interface BackedUpEngagement {
  uid: string;
  clientName: string;
  latestAt: number;
  count: number;
}

/**
 * Rolling backups (« Restaurer une sauvegarde ») and copies. Backups are named by
 * engagement uid + file name, never by a path the renderer could choose.
 */
export const backupsContract = {
  'backup:engagements': method(z.object({}).strict()).returns<BackedUpEngagement[]>(),
  'backup:list': method(z.object({ uid }).strict()).returns<BackupEntry[]>(),
  'backup:create': method(z.object({ engagementId }).strict()).returns<BackupEntry>(),
  /** Restores into a new file (the original is never overwritten) and opens it. */
  'backup:restore': method(z.object({ uid, fileName: backupFileName, folder: filePath.optional() }).strict()).returns<EngagementHandle>(),
  'backup:setKeep': method(z.object({ keep: z.number().int().min(1).max(200) }).strict()).returns<{ keep: number }>(),
  /** « Dupliquer la mission »: a copy beside the original (or in `folder`), through the backup API. */
  'engagement:duplicate': method(z.object({ engagementId, folder: filePath.optional() }).strict()).returns<{ path: string }>(),
};
