import type { auditContract } from '../../../../src/shared/contract/auditContract';
import { channelScores, readAudit } from '../../domain/audit/auditRead';
import { addCriterion, createChannel, deleteChannel, deleteCriterion, moveChannel, updateChannel, updateCriterion } from '../../domain/audit/channels';
import { addFinding, deleteFinding, updateFinding } from '../../domain/audit/findings';
import { addMetric, attachAuditImage, deleteMetric, detachAuditImage, updateAuditImage, updateMetric } from '../../domain/audit/metricsAndImages';
import { addRecommendation, deleteRecommendation, recommendationToAction, updateRecommendation } from '../../domain/audit/recommendations';
import { addSwotItem, deleteSwotItem, listSwot, updateSwotItem } from '../../domain/audit/swot';
import { insertImage } from '../../domain/images/imageStore';
import { decodeBase64, prepareImage } from '../../domain/images/prepareImage';
import type { CallContext } from '../context';
import type { Handlers } from '../handlerTypes';

const session = (input: { engagementId: string }, ctx: CallContext) => ctx.sessions.get(input.engagementId);

export const auditHandlers: Handlers<typeof auditContract> = {
  'audit:get': (input, ctx) => session(input, ctx).read((db) => readAudit(db)),
  'audit:scores': (input, ctx) => session(input, ctx).read((db) => channelScores(db)),
  'audit:addChannel': (input, ctx) => session(input, ctx).write((db) => createChannel(db, input.channel)),
  'audit:updateChannel': (input, ctx) => session(input, ctx).write((db) => updateChannel(db, input.id, input.patch)),
  'audit:deleteChannel': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteChannel(db, input.id)) }),
  'audit:moveChannel': (input, ctx) => session(input, ctx).write((db) => moveChannel(db, input.id, input.step)),
  'audit:addCriterion': (input, ctx) => session(input, ctx).write((db) => addCriterion(db, input.channelId, input.label, ctx.now())),
  'audit:updateCriterion': (input, ctx) => session(input, ctx).write((db) => updateCriterion(db, input.id, input.patch, ctx.now())),
  'audit:deleteCriterion': (input, ctx) => session(input, ctx).write((db) => deleteCriterion(db, input.id)),
  'audit:addFinding': (input, ctx) => session(input, ctx).write((db) => addFinding(db, input.channelId, input.kind, input.text)),
  'audit:updateFinding': (input, ctx) => session(input, ctx).write((db) => updateFinding(db, input.id, input.patch)),
  'audit:deleteFinding': (input, ctx) => session(input, ctx).write((db) => deleteFinding(db, input.id)),
  'audit:addRecommendation': (input, ctx) => session(input, ctx).write((db) => addRecommendation(db, input.channelId, input.recommendation)),
  'audit:updateRecommendation': (input, ctx) => session(input, ctx).write((db) => updateRecommendation(db, input.id, input.patch)),
  'audit:deleteRecommendation': (input, ctx) => session(input, ctx).write((db) => deleteRecommendation(db, input.id)),
  'audit:recommendationToAction': (input, ctx) => session(input, ctx).write((db) => recommendationToAction(db, input.id, ctx.now())),
  'audit:addMetric': (input, ctx) => session(input, ctx).write((db) => addMetric(db, input.channelId, input.metric)),
  'audit:updateMetric': (input, ctx) => session(input, ctx).write((db) => updateMetric(db, input.id, input.patch)),
  'audit:deleteMetric': (input, ctx) => session(input, ctx).write((db) => deleteMetric(db, input.id)),
  'audit:addImage': async (input, ctx) => {
    const target = session(input, ctx);
    // Checked and re-encoded before the transaction: a refused image leaves the file untouched.
    const prepared = await prepareImage(decodeBase64(input.data));
    return target.write((db) => attachAuditImage(db, input.channelId, input.criterionId, insertImage(db, prepared, input.caption, ctx.now()).id, input.caption));
  },
  'audit:updateImage': (input, ctx) => session(input, ctx).write((db) => updateAuditImage(db, input.id, input.caption)),
  'audit:deleteImage': (input, ctx) => session(input, ctx).write((db) => detachAuditImage(db, input.id)),
  'swot:list': (input, ctx) => session(input, ctx).read((db) => listSwot(db)),
  'swot:add': (input, ctx) => session(input, ctx).write((db) => addSwotItem(db, input.quadrant, input.text)),
  'swot:update': (input, ctx) => session(input, ctx).write((db) => updateSwotItem(db, input.id, input.patch)),
  'swot:delete': (input, ctx) => session(input, ctx).write((db) => deleteSwotItem(db, input.id)),
};
