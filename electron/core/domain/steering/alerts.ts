import type Database from 'better-sqlite3';
import type { PlanAction } from '../../../../src/shared/model/plan';
import type { PlanAlert } from '../../../../src/shared/model/steering';
import { sql } from '../../store/statements';

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Below this share of the progress expected by now, an objective is off track. */
const ON_TRACK_SHARE = 0.8;

interface ObjectiveRow {
  id: number;
  statement: string;
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  direction: 'increase' | 'decrease' | 'maintain';
  created_on: string;
  latest_value: number | null;
  latest_on: string | null;
}

/**
 * Share of the expected progress reached, or null when it cannot be judged.
 * Expected progress is linear from the engagement's start (else the objective's
 * creation) to the deadline; past the deadline, the target itself is expected.
 */
export function progressShare(o: ObjectiveRow, start: string): number | null {
  if (o.target === null || o.baseline === null || o.deadline === null || o.latest_value === null || o.latest_on === null) return null;
  if (o.direction === 'maintain') return Math.abs(o.latest_value - o.target) <= Math.abs(o.target) * 0.1 ? 1 : 0;
  const span = Math.max(1, days(start, o.deadline));
  const elapsed = Math.min(1, Math.max(0, days(start, o.latest_on) / span));
  const expected = (o.target - o.baseline) * elapsed;
  if (expected === 0) return 1;
  return (o.latest_value - o.baseline) / expected;
}

/**
 * What needs the consultant's attention, most serious first: objectives off
 * track, late actions, actions over budget, actions linked to no objective.
 */
export function listAlerts(db: Database.Database, actions: PlanAction[], today: string): PlanAlert[] {
  const start = sql<[], string | null>(db, 'SELECT start_date FROM engagement WHERE id = 1').pluck().get() ?? null;
  const objectives = sql<[], ObjectiveRow>(
    db,
    `SELECT o.id, o.statement, o.baseline, o.target, o.deadline, o.direction,
            date(o.created_at / 1000, 'unixepoch') AS created_on,
            m.value AS latest_value, m.measured_on AS latest_on
       FROM objectives o
       LEFT JOIN kpi_measurements m ON m.id = (SELECT id FROM kpi_measurements WHERE objective_id = o.id ORDER BY measured_on DESC, id DESC LIMIT 1)
      WHERE o.status IN ('draft', 'active')
      ORDER BY o.position, o.id`,
  ).all();
  const alerts: PlanAlert[] = [];
  for (const o of objectives) {
    const share = progressShare(o, start ?? o.created_on);
    if (share !== null && share < ON_TRACK_SHARE) {
      alerts.push({ key: `objective_off_track:${o.id}`, kind: 'objective_off_track', subjectId: o.id, label: o.statement, figure: Math.round(Math.max(0, share) * 100) });
    }
  }
  for (const a of actions) {
    if (a.late && a.endDate) alerts.push({ key: `action_late:${a.id}`, kind: 'action_late', subjectId: a.id, label: a.title, figure: days(a.endDate, today) });
  }
  for (const a of actions) {
    const over = a.warnings.find((w) => w.code === 'over_budget');
    if (over) alerts.push({ key: `action_over_budget:${a.id}`, kind: 'action_over_budget', subjectId: a.id, label: a.title, figure: over.overCents });
  }
  for (const a of actions) {
    if (a.warnings.some((w) => w.code === 'no_objective')) alerts.push({ key: `action_without_objective:${a.id}`, kind: 'action_without_objective', subjectId: a.id, label: a.title, figure: null });
  }
  return alerts;
}
