import type { planContract } from '../../../../src/shared/contract/planContract';
import { localIsoDate } from '../../../../src/shared/smartCheck';
import { getActionDetail, readActions } from '../../domain/plan/actionRows';
import { queryActionTable } from '../../domain/plan/actionTable';
import { createAction, deleteAction, moveAction, updateAction } from '../../domain/plan/actions';
import { buildBudget } from '../../domain/plan/budget';
import { suggestChannels } from '../../domain/plan/channelSuggestions';
import { envelopeCents } from '../../domain/plan/envelope';
import { createPhase, deletePhase, listPhases, updatePhase } from '../../domain/plan/phases';
import { buildTimeline } from '../../domain/plan/timeline';
import type { CallContext } from '../context';
import type { Handlers } from '../handlerTypes';

const session = (input: { engagementId: string }, ctx: CallContext) => ctx.sessions.get(input.engagementId);
const today = (ctx: CallContext) => localIsoDate(ctx.now());

export const planHandlers: Handlers<typeof planContract> = {
  'action:list': (input, ctx) => session(input, ctx).read((db) => readActions(db, today(ctx))),
  'action:get': (input, ctx) => session(input, ctx).read((db) => getActionDetail(db, input.id, today(ctx))),
  'action:create': (input, ctx) => session(input, ctx).write((db) => createAction(db, input.action, input.source, ctx.now(), today(ctx))),
  'action:update': (input, ctx) => session(input, ctx).write((db) => updateAction(db, input.id, input.patch, ctx.now(), today(ctx))),
  'action:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteAction(db, input.id)) }),
  'action:move': (input, ctx) => session(input, ctx).write((db) => moveAction(db, input.id, input.status, input.afterId, ctx.now(), today(ctx))),
  'action:channels': (input, ctx) => session(input, ctx).read((db) => suggestChannels(db, input.personaIds)),
  'action:table': (input, ctx) => session(input, ctx).read((db) => queryActionTable(readActions(db, today(ctx)), input.query)),
  'plan:timeline': (input, ctx) => session(input, ctx).read((db) => buildTimeline(listPhases(db), readActions(db, today(ctx)), today(ctx))),
  'plan:budget': (input, ctx) => session(input, ctx).read((db) => buildBudget(listPhases(db), readActions(db, today(ctx)), envelopeCents(db))),
  'phase:list': (input, ctx) => session(input, ctx).read((db) => listPhases(db)),
  'phase:create': (input, ctx) => session(input, ctx).write((db) => createPhase(db, input.phase)),
  'phase:update': (input, ctx) => session(input, ctx).write((db) => updatePhase(db, input.id, input.patch)),
  'phase:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deletePhase(db, input.id)) }),
};
