import { z } from 'zod';
import type { ActionDetail, ActionTable, ChannelSuggestion, Phase, PlanAction, PlanBudget, PlanTimelineData } from '../model/plan';
import { ACTION_SORT_KEYS, ACTION_STATUSES, OWNER_KINDS } from '../model/plan';
import { method } from './define';
import { cents, engagementId, isoDate, longText, requiredText, rowId, shortText } from './fields';

const figure = z.number().finite().min(-1e12).max(1e12).nullable();
const ids = z.array(rowId).max(500);

const actionFields = z.object({
  title: requiredText('intitulé requis'),
  description: longText,
  channelId: rowId.nullable(),
  channelLabel: shortText,
  phaseId: rowId.nullable(),
  ownerKind: z.enum(OWNER_KINDS),
  ownerName: shortText,
  providerId: rowId.nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  isMilestone: z.boolean(),
  budgetPlannedCents: cents,
  budgetActualCents: cents,
  status: z.enum(ACTION_STATUSES),
  priority: z.enum(['high', 'medium', 'low']),
  kpiLabel: shortText,
  kpiTarget: figure,
  kpiActual: figure,
  objectiveIds: ids,
  personaIds: ids,
  dependsOnIds: ids,
});

const source = z.object({ kind: z.enum(['recommendation', 'note', 'finding', 'objective', 'action', 'risk']), id: rowId }).strict();
const phaseFields = z.object({ name: requiredText('nom requis'), startDate: isoDate.nullable(), endDate: isoDate.nullable() });
const tableQuery = z
  .object({
    sort: z.object({ key: z.enum(ACTION_SORT_KEYS), dir: z.enum(['asc', 'desc']) }).strict(),
    text: z.string().max(200),
    statuses: z.array(z.enum(ACTION_STATUSES)).max(5),
    phaseId: rowId.nullable(),
    channel: z.string().max(500),
    ownerKind: z.enum(OWNER_KINDS),
    objectiveId: rowId,
    onlyWithWarnings: z.boolean(),
  })
  .partial()
  .strict();

const e = { engagementId };

export const planContract = {
  'action:list': method(z.object(e).strict()).returns<PlanAction[]>(),
  'action:get': method(z.object({ ...e, id: rowId }).strict()).returns<ActionDetail>(),
  /** `source`: the recommendation or note it comes from (the link is kept). */
  'action:create': method(z.object({ ...e, action: actionFields.partial().required({ title: true }).strict(), source: source.nullable().default(null) }).strict()).returns<PlanAction>(),
  'action:update': method(z.object({ ...e, id: rowId, patch: actionFields.partial().strict() }).strict()).returns<PlanAction>(),
  'action:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
  /** Kanban: into a status column, just after another card (top when null). */
  'action:move': method(z.object({ ...e, id: rowId, status: z.enum(ACTION_STATUSES), afterId: rowId.nullable() }).strict()).returns<PlanAction>(),
  /** Channels for the editor: linked personas' platforms first. */
  'action:channels': method(z.object({ ...e, personaIds: ids }).strict()).returns<ChannelSuggestion[]>(),
  'action:table': method(z.object({ ...e, query: tableQuery.default({}) }).strict()).returns<ActionTable>(),
  'plan:timeline': method(z.object(e).strict()).returns<PlanTimelineData>(),
  'plan:budget': method(z.object(e).strict()).returns<PlanBudget>(),
  'phase:list': method(z.object(e).strict()).returns<Phase[]>(),
  'phase:create': method(z.object({ ...e, phase: phaseFields.partial().required({ name: true }).strict() }).strict()).returns<Phase>(),
  'phase:update': method(z.object({ ...e, id: rowId, patch: phaseFields.partial().strict() }).strict()).returns<Phase>(),
  'phase:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
};
