import type { objectivesContract } from '../../../../src/shared/contract/objectivesContract';
import { summariseSmart } from '../../../../src/shared/smartCheck';
import { createCustomKpi, deleteCustomKpi, listKpis, updateCustomKpi } from '../../domain/objectives/kpis';
import { createObjective, deleteObjective, listObjectives, moveObjective, updateObjective } from '../../domain/objectives/objectives';
import type { CallContext } from '../context';
import type { Handlers } from '../handlerTypes';

const session = (input: { engagementId: string }, ctx: CallContext) => ctx.sessions.get(input.engagementId);

export const objectivesHandlers: Handlers<typeof objectivesContract> = {
  'objective:list': (input, ctx) => session(input, ctx).read((db) => listObjectives(db, ctx.now())),
  'objective:create': (input, ctx) => session(input, ctx).write((db) => createObjective(db, input.objective, ctx.now())),
  'objective:update': (input, ctx) => session(input, ctx).write((db) => updateObjective(db, input.id, input.patch, ctx.now())),
  'objective:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteObjective(db, input.id)) }),
  'objective:move': (input, ctx) => session(input, ctx).write((db) => moveObjective(db, input.id, input.horizon, input.afterId, ctx.now())),
  'objective:smartSummary': (input, ctx) => session(input, ctx).read((db) => summariseSmart(listObjectives(db, ctx.now()))),
  'kpi:list': (input, ctx) => session(input, ctx).read((db) => listKpis(db)),
  'kpi:create': (input, ctx) => session(input, ctx).write((db) => createCustomKpi(db, input.kpi)),
  'kpi:update': (input, ctx) => session(input, ctx).write((db) => updateCustomKpi(db, input.id, input.patch)),
  'kpi:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteCustomKpi(db, input.id)) }),
};
