import { engagementPhase } from '../../../../src/shared/engagementPhase';
import type { EngagementHandle } from '../../../../src/shared/model/engagement';
import { buildOverview } from '../../domain/overview';
import type { EngagementSession } from '../../store/sessions';
import type { CallContext } from '../context';

/** A rolling backup on open, unless one was taken within the hour. */
const OPEN_BACKUP_MIN_AGE_MS = 60 * 60 * 1000;

/** Keeps the home screen's recent list in step with what is open. */
export function rememberRecent(session: EngagementSession, ctx: CallContext): void {
  const overview = buildOverview(session);
  ctx.workspace.rememberRecent({
    path: session.file.path,
    clientName: overview.info.clientName,
    title: overview.info.title,
    lastOpenedAt: ctx.now(),
    progress: overview.progress,
    phase: engagementPhase(overview.counts),
    createdAt: overview.info.createdAt,
  });
}

export function toHandle(session: EngagementSession): EngagementHandle {
  return {
    engagementId: session.id,
    path: session.file.path,
    readOnly: session.file.readOnly,
    ...(session.file.migratedFrom ? { migratedFrom: session.file.migratedFrom } : {}),
  };
}

/** Opens (or returns the caller's already open) engagement, records it, and backs it up in the background. */
export async function openAndRemember(filePath: string, ctx: CallContext): Promise<EngagementHandle> {
  const session = await ctx.sessions.open(filePath, ctx.clientId);
  rememberRecent(session, ctx);
  if (!session.file.readOnly) {
    const uid = session.read((db) => db.prepare('SELECT uid FROM engagement WHERE id = 1').pluck().get() as string);
    const latest = ctx.backups.latest(uid);
    if (!latest || ctx.now() - latest.createdAt > OPEN_BACKUP_MIN_AGE_MS) ctx.backups.schedule(session, 'ouverture');
  }
  return toHandle(session);
}
