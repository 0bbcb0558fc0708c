import type Database from 'better-sqlite3';
import { FINDING, RECOMMENDATION } from './auditFindingsPart';
import { LEARNING } from './benchmarkPart';
import { at } from './demoClock';
import { COMPETITOR, OBJECTIVE, PERSONA } from './demoIds';
import { insertRows } from './insertRows';
import { NOTE } from './notesPart';
import { TRAIT } from './personasPart';
import { ACTION } from './planPart';

type Kind =
  | 'note'
  | 'objective'
  | 'finding'
  | 'recommendation'
  | 'competitor'
  | 'learning'
  | 'persona'
  | 'persona_trait'
  | 'action'
  | 'risk'
  | 'quote';

const note = (key: string): number => {
  const id = NOTE[key];
  if (id === undefined) throw new Error(`demo note ${key} missing`);
  return id;
};

/** Traceability: where each objective, persona and action came from (interview → strategy → plan). */
const LINKS: [Kind, number, Kind, number][] = [
  ['note', note('sixtyK'), 'objective', OBJECTIVE.onlineRevenue],
  ['note', note('revenueGoal'), 'objective', OBJECTIVE.onlineRevenue],
  ['note', note('quoteTarget'), 'objective', OBJECTIVE.b2bLeads],
  ['note', note('b2bShare'), 'objective', OBJECTIVE.b2bLeads],
  ['note', note('adsHistory'), 'objective', OBJECTIVE.cpa],
  ['note', note('lorandNote'), 'competitor', COMPETITOR.lorand],
  ['note', note('borealNote'), 'competitor', COMPETITOR.boreal],
  ['note', note('cedreNote'), 'competitor', COMPETITOR.cedre],
  ['note', note('unknownCustomers'), 'persona', PERSONA.nathalie],
  ['note', note('hesitation'), 'persona', PERSONA.nathalie],
  ['note', note('landscapers'), 'persona', PERSONA.romain],
  ['note', note('restaurants'), 'persona', PERSONA.sophie],
  ['note', note('photosNeed'), 'action', ACTION.photos],
  ['note', note('clickCollect'), 'action', ACTION.clickCollect],
  ['note', note('twoJourneys'), 'action', ACTION.redesign],
  ['note', note('reviews'), 'action', ACTION.reviews],
  ['note', note('quoteDelay'), 'risk', 5],
  ['note', note('resellerRisk'), 'risk', 1],
  ['finding', FINDING.noPurchase, 'recommendation', RECOMMENDATION.redesign],
  ['finding', FINDING.mobile, 'recommendation', RECOMMENDATION.redesign],
  ['finding', FINDING.generic, 'recommendation', RECOMMENDATION.contentPlan],
  ['finding', FINDING.reviews, 'recommendation', RECOMMENDATION.reviews],
  ['finding', FINDING.tracking, 'recommendation', RECOMMENDATION.ads],
  ['recommendation', RECOMMENDATION.redesign, 'action', ACTION.redesign],
  ['recommendation', RECOMMENDATION.atelierPage, 'action', ACTION.atelierPage],
  ['recommendation', RECOMMENDATION.contentPlan, 'action', ACTION.seo],
  ['recommendation', RECOMMENDATION.technical, 'action', ACTION.tracking],
  ['recommendation', RECOMMENDATION.reviews, 'action', ACTION.reviews],
  ['recommendation', RECOMMENDATION.ads, 'action', ACTION.ads],
  ['recommendation', RECOMMENDATION.editorial, 'action', ACTION.instagram],
  ['recommendation', RECOMMENDATION.linkedin, 'action', ACTION.linkedin],
  ['recommendation', RECOMMENDATION.newsletter, 'action', ACTION.newsletter],
  ['objective', OBJECTIVE.onlineRevenue, 'action', ACTION.redesign],
  ['objective', OBJECTIVE.b2bLeads, 'action', ACTION.quoteForm],
  ['objective', OBJECTIVE.instagram, 'action', ACTION.instagram],
  ['objective', OBJECTIVE.cpa, 'action', ACTION.ads],
  ['learning', LEARNING.deliveryDate, 'action', ACTION.redesign],
  ['learning', LEARNING.quoteForm, 'action', ACTION.quoteForm],
  ['learning', LEARNING.clickCollect, 'action', ACTION.clickCollect],
  ['learning', LEARNING.caseStudies, 'action', ACTION.caseStudies],
  ['persona_trait', TRAIT.maintenance, 'action', ACTION.seo],
  ['persona_trait', TRAIT.quickQuote, 'action', ACTION.quoteForm],
  ['persona_trait', TRAIT.madeInFrance, 'action', ACTION.atelierPage],
  ['risk', 1, 'action', ACTION.clickCollect],
  ['quote', 1, 'action', ACTION.redesign],
];

export function seedLinks(db: Database.Database): void {
  const created = at('2026-04-10 09:00');
  insertRows(
    db,
    'item_links',
    LINKS.map(([sourceKind, sourceId, targetKind, targetId], index) => ({
      id: index + 1,
      source_kind: sourceKind,
      source_id: sourceId,
      target_kind: targetKind,
      target_id: targetId,
      created_at: created,
    })),
  );
}
