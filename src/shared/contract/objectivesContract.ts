import { z } from 'zod';
import type { KpiDefinition, Objective, SmartSummary } from '../model/objectives';
import { HORIZONS } from '../model/objectives';
import { method } from './define';
import { engagementId, isoDate, longText, requiredText, rowId, shortText } from './fields';

const direction = z.enum(['increase', 'decrease', 'maintain']);
const measure = z.number().finite().min(-1e12).max(1e12).nullable();

const objectiveFields = z.object({
  horizon: z.enum(HORIZONS),
  statement: requiredText('énoncé requis'),
  specific: longText,
  kpiId: rowId.nullable(),
  kpiLabel: shortText,
  baseline: measure,
  target: measure,
  unit: z.string().max(40).transform((v) => shortText.parse(v)),
  direction,
  achievable: longText,
  realistic: longText,
  deadline: isoDate.nullable(),
  owner: shortText,
  ownerStakeholderId: rowId.nullable(),
  priority: z.enum(['high', 'medium', 'low']),
  status: z.enum(['draft', 'active', 'achieved', 'dropped']),
});

const e = { engagementId };

export const objectivesContract = {
  'objective:list': method(z.object(e).strict()).returns<Objective[]>(),
  'objective:create': method(z.object({ ...e, objective: objectiveFields.partial().required({ statement: true }).strict() }).strict()).returns<Objective>(),
  'objective:update': method(z.object({ ...e, id: rowId, patch: objectiveFields.partial().strict() }).strict()).returns<Objective>(),
  'objective:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
  /** Drag-and-drop or keyboard move: into a horizon, just after another objective (first when null). */
  'objective:move': method(z.object({ ...e, id: rowId, horizon: z.enum(HORIZONS), afterId: rowId.nullable() }).strict()).returns<Objective[]>(),
  /** For the overview page: how many objectives are SMART and what is most often missing. */
  'objective:smartSummary': method(z.object(e).strict()).returns<SmartSummary>(),
  'kpi:list': method(z.object(e).strict()).returns<KpiDefinition[]>(),
  'kpi:create': method(
    z.object({ ...e, kpi: z.object({ label: requiredText('libellé requis'), definition: longText, unit: shortText, direction }).partial().required({ label: true }).strict() }).strict(),
  ).returns<KpiDefinition>(),
  'kpi:update': method(
    z
      .object({
        ...e,
        id: rowId,
        patch: z
          .object({ labelFr: requiredText('libellé requis'), labelEn: requiredText('libellé requis'), definitionFr: longText, definitionEn: longText, unit: shortText, direction })
          .partial()
          .strict(),
      })
      .strict(),
  ).returns<KpiDefinition>(),
  'kpi:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
};
