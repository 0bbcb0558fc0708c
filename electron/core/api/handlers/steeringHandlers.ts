import type Database from 'better-sqlite3';
import type { steeringContract } from '../../../../src/shared/contract/steeringContract';
import type { PlanDiff } from '../../../../src/shared/model/steering';
import { localIsoDate } from '../../../../src/shared/smartCheck';
import { readActions } from '../../domain/plan/actionRows';
import { envelopeCents } from '../../domain/plan/envelope';
import { listPhases } from '../../domain/plan/phases';
import { listAlerts } from '../../domain/steering/alerts';
import { latestApproved, listApprovals, recordDecision, snapshotPlan, submitPlan } from '../../domain/steering/approvals';
import { alertToAction } from '../../domain/steering/correctiveAction';
import { buildDashboard } from '../../domain/steering/dashboard';
import { importKpiCsv, previewKpiCsv } from '../../domain/steering/kpiCsv';
import { addMeasurement, deleteMeasurement, kpiSeries, listMeasurements } from '../../domain/steering/measurements';
import { diffPlan } from '../../domain/steering/planDiff';
import { createRisk, deleteRisk, listRisks, updateRisk } from '../../domain/steering/risks';
import type { CallContext } from '../context';
import type { Handlers } from '../handlerTypes';

const session = (input: { engagementId: string }, ctx: CallContext) => ctx.sessions.get(input.engagementId);
const today = (ctx: CallContext) => localIsoDate(ctx.now());

function currentDiff(db: Database.Database, day: string): PlanDiff {
  const current = snapshotPlan(readActions(db, day));
  const approved = latestApproved(db);
  if (!approved) return { approval: null, comparable: false, changes: [], plannedBeforeCents: 0, plannedNowCents: current.plannedCents };
  if (!approved.snapshot) return { approval: approved.approval, comparable: false, changes: [], plannedBeforeCents: 0, plannedNowCents: current.plannedCents };
  return {
    approval: approved.approval,
    comparable: true,
    changes: diffPlan(approved.snapshot, current),
    plannedBeforeCents: approved.snapshot.plannedCents,
    plannedNowCents: current.plannedCents,
  };
}

export const steeringHandlers: Handlers<typeof steeringContract> = {
  'approval:list': (input, ctx) => session(input, ctx).read((db) => listApprovals(db)),
  'approval:submit': (input, ctx) => session(input, ctx).write((db) => submitPlan(db, input.submittedOn, snapshotPlan(readActions(db, today(ctx))), ctx.now())),
  'approval:record': (input, ctx) =>
    session(input, ctx).write((db) => recordDecision(db, input.id, input, snapshotPlan(readActions(db, today(ctx))))),
  'approval:diff': (input, ctx) => session(input, ctx).read((db) => currentDiff(db, today(ctx))),
  'measurement:list': (input, ctx) => session(input, ctx).read((db) => listMeasurements(db, input.objectiveId)),
  'measurement:create': (input, ctx) => session(input, ctx).write((db) => addMeasurement(db, input.measurement, ctx.now())),
  'measurement:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteMeasurement(db, input.id)) }),
  'measurement:series': (input, ctx) => session(input, ctx).read((db) => kpiSeries(db, input.objectiveId)),
  'measurement:previewCsv': (input, ctx) => session(input, ctx).read((db) => previewKpiCsv(db, input.text, input.mapping, input.objectiveId)),
  'measurement:importCsv': (input, ctx) => session(input, ctx).write((db) => importKpiCsv(db, input.text, input.mapping, ctx.now(), input.source)),
  'alert:list': (input, ctx) => session(input, ctx).read((db) => listAlerts(db, readActions(db, today(ctx)), today(ctx))),
  'alert:toAction': (input, ctx) => session(input, ctx).write((db) => alertToAction(db, input.kind, input.subjectId, input.title, ctx.now(), today(ctx))),
  'risk:list': (input, ctx) => session(input, ctx).read((db) => listRisks(db)),
  'risk:create': (input, ctx) => session(input, ctx).write((db) => createRisk(db, input.risk, ctx.now())),
  'risk:update': (input, ctx) => session(input, ctx).write((db) => updateRisk(db, input.id, input.patch, ctx.now())),
  'risk:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteRisk(db, input.id)) }),
  'steering:dashboard': (input, ctx) =>
    session(input, ctx).read((db) => {
      const actions = readActions(db, today(ctx));
      return buildDashboard(listPhases(db), actions, listAlerts(db, actions, today(ctx)), envelopeCents(db), today(ctx));
    }),
};
