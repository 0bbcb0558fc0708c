import type { benchmarkContract } from '../../../../src/shared/contract/benchmarkContract';
import { createCompetitor, deleteCompetitor, listCompetitors, moveCompetitor, setCompetitorLogo, updateCompetitor } from '../../domain/benchmark/competitors';
import { deleteCompetitorMetric, insertCompetitorMetric, listCompetitorMetrics, updateCompetitorMetric } from '../../domain/benchmark/competitorMetrics';
import { benchmarkSummary, rankingByCriterion, readGrid, setScore } from '../../domain/benchmark/grid';
import { createLearning, deleteLearning, listLearnings, updateLearning } from '../../domain/benchmark/learnings';
import { importMetricsCsv } from '../../domain/benchmark/metricsImport';
import { insertImage } from '../../domain/images/imageStore';
import { decodeBase64, prepareImage } from '../../domain/images/prepareImage';
import type { CallContext } from '../context';
import type { Handlers } from '../handlerTypes';

const session = (input: { engagementId: string }, ctx: CallContext) => ctx.sessions.get(input.engagementId);

export const benchmarkHandlers: Handlers<typeof benchmarkContract> = {
  'competitor:list': (input, ctx) => session(input, ctx).read((db) => listCompetitors(db)),
  'competitor:create': (input, ctx) => session(input, ctx).write((db) => createCompetitor(db, input.competitor, ctx.now())),
  'competitor:update': (input, ctx) => session(input, ctx).write((db) => updateCompetitor(db, input.id, input.patch)),
  'competitor:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteCompetitor(db, input.id)) }),
  'competitor:move': (input, ctx) => session(input, ctx).write((db) => moveCompetitor(db, input.id, input.step)),
  'competitor:setLogo': async (input, ctx) => {
    const target = session(input, ctx);
    const prepared = input.data === null ? null : await prepareImage(decodeBase64(input.data));
    return target.write((db) => setCompetitorLogo(db, input.id, prepared ? insertImage(db, prepared, '', ctx.now()).id : null));
  },
  'benchmark:grid': (input, ctx) => session(input, ctx).read((db) => readGrid(db)),
  'benchmark:setScore': (input, ctx) => session(input, ctx).write((db) => setScore(db, input.competitorId, input.criterionId, input.patch)),
  'benchmark:ranking': (input, ctx) => session(input, ctx).read((db) => rankingByCriterion(db)),
  'benchmark:summary': (input, ctx) => session(input, ctx).read((db) => benchmarkSummary(db)),
  'benchmark:metrics': (input, ctx) => session(input, ctx).read((db) => listCompetitorMetrics(db)),
  'benchmark:addMetric': (input, ctx) =>
    session(input, ctx).write((db) =>
      insertCompetitorMetric(db, { network: '', unit: '', period: '', observedOn: null, source: '', ...input.metric, competitorId: input.competitorId }),
    ),
  'benchmark:updateMetric': (input, ctx) => session(input, ctx).write((db) => updateCompetitorMetric(db, input.id, input.patch)),
  'benchmark:deleteMetric': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteCompetitorMetric(db, input.id)) }),
  'benchmark:importMetrics': (input, ctx) =>
    input.commit
      ? session(input, ctx).write((db) => importMetricsCsv(db, input.csv, input.mapping, true))
      : session(input, ctx).read((db) => importMetricsCsv(db, input.csv, input.mapping, false)),
  'learning:list': (input, ctx) => session(input, ctx).read((db) => listLearnings(db)),
  'learning:create': (input, ctx) => session(input, ctx).write((db) => createLearning(db, input.learning)),
  'learning:update': (input, ctx) => session(input, ctx).write((db) => updateLearning(db, input.id, input.patch)),
  'learning:delete': (input, ctx) => session(input, ctx).write((db) => deleteLearning(db, input.id)),
};
