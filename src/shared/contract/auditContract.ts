import { z } from 'zod';
import type { AuditChannel, ChannelScore, SwotItem } from '../model/audit';
import { FINDING_KINDS, SWOT_QUADRANTS } from '../model/audit';
import type { ItemRef } from '../model/interview';
import { method } from './define';
import { engagementId, isoDate, longText, requiredText, rowId, shortText } from './fields';
import { imageBase64 } from './imagesContract';

const e = { engagementId };
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const priority = z.enum(['high', 'medium', 'low']);
const figure = z.number().finite().min(-1e12).max(1e12).nullable();

const channelFields = z.object({ name: requiredText('nom requis'), network: shortText, enabled: z.boolean(), summary: longText });
const criterionFields = z.object({
  label: requiredText('libellé requis'),
  score: z.number().int().min(0).max(5).nullable(),
  notApplicable: z.boolean(),
  evidence: longText,
  evidenceUrl: z.string().max(2000).transform((v) => v.trim()),
  evidenceFigures: longText,
});
const recommendationFields = z.object({ text: requiredText('texte requis'), detail: longText, impact: level, effort: level, priority, suggestedOwner: shortText });
const metricFields = z.object({ label: requiredText('libellé requis'), value: figure, unit: shortText, readOn: isoDate.nullable(), source: shortText });

const byId = z.object({ ...e, id: rowId }).strict();

export const auditContract = {
  'audit:get': method(z.object(e).strict()).returns<AuditChannel[]>(),
  'audit:scores': method(z.object(e).strict()).returns<ChannelScore[]>(),
  'audit:addChannel': method(z.object({ ...e, channel: channelFields.partial().required({ name: true }).strict() }).strict()).returns<AuditChannel>(),
  'audit:updateChannel': method(z.object({ ...e, id: rowId, patch: channelFields.partial().strict() }).strict()).returns<AuditChannel>(),
  'audit:deleteChannel': method(byId).returns<{ deleted: boolean }>(),
  'audit:moveChannel': method(z.object({ ...e, id: rowId, step: z.union([z.literal(-1), z.literal(1)]) }).strict()).returns<AuditChannel[]>(),
  'audit:addCriterion': method(z.object({ ...e, channelId: rowId, label: requiredText('libellé requis') }).strict()).returns<AuditChannel>(),
  'audit:updateCriterion': method(z.object({ ...e, id: rowId, patch: criterionFields.partial().strict() }).strict()).returns<AuditChannel>(),
  'audit:deleteCriterion': method(byId).returns<AuditChannel>(),
  'audit:addFinding': method(z.object({ ...e, channelId: rowId, kind: z.enum(FINDING_KINDS), text: requiredText('texte requis') }).strict()).returns<AuditChannel>(),
  'audit:updateFinding': method(z.object({ ...e, id: rowId, patch: z.object({ text: requiredText('texte requis'), kind: z.enum(FINDING_KINDS) }).partial().strict() }).strict()).returns<AuditChannel>(),
  'audit:deleteFinding': method(byId).returns<AuditChannel>(),
  'audit:addRecommendation': method(z.object({ ...e, channelId: rowId, recommendation: recommendationFields.partial().required({ text: true }).strict() }).strict()).returns<AuditChannel>(),
  'audit:updateRecommendation': method(z.object({ ...e, id: rowId, patch: recommendationFields.partial().strict() }).strict()).returns<AuditChannel>(),
  'audit:deleteRecommendation': method(byId).returns<AuditChannel>(),
  /** « Créer l'action » : a draft action of the plan, linked to the recommendation. */
  'audit:recommendationToAction': method(byId).returns<{ action: ItemRef; channel: AuditChannel }>(),
  'audit:addMetric': method(z.object({ ...e, channelId: rowId, metric: metricFields.partial().required({ label: true }).strict() }).strict()).returns<AuditChannel>(),
  'audit:updateMetric': method(z.object({ ...e, id: rowId, patch: metricFields.partial().strict() }).strict()).returns<AuditChannel>(),
  'audit:deleteMetric': method(byId).returns<AuditChannel>(),
  /** A screenshot pasted or dropped: checked, downscaled and stored in the file. */
  'audit:addImage': method(
    z.object({ ...e, channelId: rowId, criterionId: rowId.nullable().default(null), data: imageBase64, caption: shortText.default('') }).strict(),
  ).returns<AuditChannel>(),
  'audit:updateImage': method(z.object({ ...e, id: rowId, caption: shortText }).strict()).returns<AuditChannel>(),
  'audit:deleteImage': method(byId).returns<AuditChannel>(),
  'swot:list': method(z.object(e).strict()).returns<SwotItem[]>(),
  'swot:add': method(z.object({ ...e, quadrant: z.enum(SWOT_QUADRANTS), text: requiredText('texte requis') }).strict()).returns<SwotItem[]>(),
  'swot:update': method(z.object({ ...e, id: rowId, patch: z.object({ text: requiredText('texte requis'), hidden: z.boolean() }).partial().strict() }).strict()).returns<SwotItem[]>(),
  'swot:delete': method(byId).returns<SwotItem[]>(),
};
