import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { PlanAction } from '../../../../src/shared/model/plan';
import type { AlertKind } from '../../../../src/shared/model/steering';
import { sql } from '../../store/statements';
import { getAction } from '../plan/actionRows';
import { createAction } from '../plan/actions';

/**
 * Turns an alert into a corrective action (high priority, to do), linked to what
 * raised it: the objective off track, or the late / over-budget action (same
 * phase and objectives, traced with an action → action link). The title comes
 * from the renderer, in the consultant's language.
 */
export function alertToAction(db: Database.Database, kind: AlertKind, subjectId: number, title: string, now: number, today: string): PlanAction {
  if (kind === 'objective_off_track') {
    const exists = sql<[number], number>(db, 'SELECT count(*) FROM objectives WHERE id = ?').pluck().get(subjectId);
    if (!exists) throw new AppError('NOT_FOUND', { what: `objective ${subjectId}` });
    return createAction(db, { title, priority: 'high', objectiveIds: [subjectId] }, { kind: 'objective', id: subjectId }, now, today);
  }
  const source = getAction(db, subjectId, today);
  return createAction(
    db,
    { title, priority: 'high', phaseId: source.phaseId, channelId: source.channelId, channelLabel: source.channelLabel, objectiveIds: source.objectiveIds, personaIds: source.personaIds },
    { kind: 'action', id: subjectId },
    now,
    today,
  );
}
