import { describe, expect, test } from 'vitest';
import { describePlanChange } from '../../src/shared/planChangeWords';
import { openTestEngagement } from '../helpers/callApi';

async function setup() {
  const { c: client, engagementId } = await openTestEngagement(new Date(2026, 3, 15, 10, 0));
  const c = client;
  const objective = await c.call('objective:create', {
    engagementId,
    objective: { statement: 'Atteindre 40 demandes de devis par mois', kpiLabel: 'Demandes de devis', baseline: 10, target: 40, deadline: '2026-09-30', status: 'active' },
  });
  return { c, engagementId, objective: objective.id };
}

describe('prestataires, validation et pilotage', () => {
  test('two quotes compared, picking one sets provider and planned budget', async () => {
    const { c, engagementId, objective } = await setup();
    const action = await c.call('action:create', { engagementId, action: { title: 'Refonte du site vitrine', objectiveIds: [objective] } });
    const a = await c.call('provider:create', { engagementId, provider: { company: 'Studio Nord', skills: 'Webdesign, WordPress' } });
    const b = await c.call('provider:create', { engagementId, provider: { company: 'Agence Littoral' } });
    await c.call('quote:create', { engagementId, actionId: action.id, quote: { providerId: a.id, amountCents: 840_000, validUntil: '2026-04-01' } });
    const cheaper = await c.call('quote:create', { engagementId, actionId: action.id, quote: { providerId: b.id, amountCents: 720_000, receivedOn: '2026-04-10' } });
    const comparison = await c.call('quote:compare', { engagementId, actionId: action.id });
    expect(comparison.quotes.map((q) => [q.providerName, q.cheapest, q.expired, q.overCheapestCents])).toEqual([
      ['Agence Littoral', true, false, 0],
      ['Studio Nord', false, true, 120_000],
    ]);
    await c.call('quote:select', { engagementId, id: cheaper.id });
    const updated = (await c.call('action:list', { engagementId })).find((x) => x.id === action.id)!;
    expect(updated).toMatchObject({ providerId: b.id, providerName: 'Agence Littoral', ownerKind: 'provider', budgetPlannedCents: 720_000 });
    expect((await c.call('quote:list', { engagementId, actionId: action.id })).filter((q) => q.isSelected).map((q) => q.id)).toEqual([cheaper.id]);
  });

  test('approval freezes a snapshot; later changes read as a plain diff', async () => {
    const { c, engagementId, objective } = await setup();
    const keep = await c.call('action:create', { engagementId, action: { title: 'Shooting produits', startDate: '2026-05-04', endDate: '2026-05-08', budgetPlannedCents: 180_000, objectiveIds: [objective] } });
    const gone = await c.call('action:create', { engagementId, action: { title: 'Salon professionnel', budgetPlannedCents: 500_000, objectiveIds: [objective] } });
    const submitted = await c.call('approval:submit', { engagementId, submittedOn: '2026-04-15' });
    expect(submitted).toMatchObject({ status: 'submitted', hasSnapshot: true });
    expect((await c.call('approval:diff', { engagementId })).approval).toBeNull();
    await c.call('approval:record', { engagementId, id: submitted.id, status: 'approved', decidedBy: 'Hélène Verdier', decidedOn: '2026-04-16', comment: '' });
    expect((await c.call('approval:diff', { engagementId })).changes).toEqual([]);
    await c.call('action:update', { engagementId, id: keep.id, patch: { startDate: '2026-05-11', endDate: '2026-05-15', budgetPlannedCents: 210_000 } });
    await c.call('action:delete', { engagementId, id: gone.id });
    await c.call('action:create', { engagementId, action: { title: 'Jeu concours Instagram', budgetPlannedCents: 30_000, objectiveIds: [objective] } });
    const diff = await c.call('approval:diff', { engagementId });
    expect(diff).toMatchObject({ comparable: true, plannedBeforeCents: 680_000, plannedNowCents: 240_000 });
    const words = diff.changes.map((ch) => describePlanChange(ch, 'fr').replace(/\u202f|\u00a0/g, ' '));
    expect(words).toEqual([
      '« Shooting produits » : dates déplacées, du 11 mai 2026 au 15 mai 2026 au lieu de du 4 mai 2026 au 8 mai 2026.',
      '« Shooting produits » : budget prévu 2 100 € au lieu de 1 800 € (+300 €).',
      'Action ajoutée : « Jeu concours Instagram » (300 € prévus).',
      'Action retirée : « Salon professionnel » (5 000 € libérés).',
    ]);
  });

  test('KPI CSV: French numbers and dates; one bad row refuses the whole file', async () => {
    const { c, engagementId, objective } = await setup();
    const bad = 'Date;Indicateur;Valeur;Source\n31/01/2026;Demandes de devis;12,5;GA4\n31/02/2026;Demandes de devis;14;GA4\n31/03/2026;Inconnu;abc;GA4\n';
    const preview = await c.call('measurement:previewCsv', { engagementId, text: bad });
    expect(preview.mapping).toEqual({ objectiveId: null, objectiveColumn: 1, dateColumn: 0, valueColumn: 2, sourceColumn: 3 });
    expect(preview.rows.map((r) => [r.line, r.errors])).toEqual([[2, []], [3, ['date_invalid']], [4, ['objective_unknown', 'value_invalid']]]);
    expect(preview.rows[0]).toMatchObject({ objectiveId: objective, value: 12.5, measuredOn: '2026-01-31', source: 'GA4' });
    expect(await c.refused('measurement:importCsv', { engagementId, text: bad, mapping: preview.mapping })).toMatchObject({ code: 'INVALID_IMPORT', params: { line: 3 } });
    expect(await c.call('measurement:list', { engagementId })).toEqual([]);
    const good = 'Date;Indicateur;Valeur;Source\n31/01/2026;Demandes de devis;12,5;GA4\n28/02/2026;Demandes de devis;14;GA4\n';
    expect(await c.call('measurement:importCsv', { engagementId, text: good, mapping: preview.mapping })).toEqual({ imported: 2 });
    const series = await c.call('measurement:series', { engagementId, objectiveId: objective });
    expect(series.points.map((p) => p.value)).toEqual([12.5, 14]);
  });

  test('alerts: off track, late, over budget, no objective; each becomes a corrective action', async () => {
    const { c, engagementId, objective } = await setup();
    await c.call('engagement:update', { engagementId, patch: { startDate: '2026-01-01' } });
    // By 31 March, a third of the way (89 of 272 days): +9.8 expected from 10, +1 measured, so 10 % of the expected progress.
    await c.call('measurement:create', { engagementId, measurement: { objectiveId: objective, value: 11, measuredOn: '2026-03-31' } });
    const late = await c.call('action:create', { engagementId, action: { title: 'Audit SEO technique', endDate: '2026-04-10', budgetPlannedCents: 100_000, budgetActualCents: 130_000, objectiveIds: [objective] } });
    const orphan = await c.call('action:create', { engagementId, action: { title: 'Stand au salon' } });
    const alerts = await c.call('alert:list', { engagementId });
    expect(alerts.map((a) => [a.kind, a.subjectId, a.figure])).toEqual([
      ['objective_off_track', objective, 10],
      ['action_late', late.id, 5],
      ['action_over_budget', late.id, 30_000],
      ['action_without_objective', orphan.id, null],
    ]);
    const fix = await c.call('alert:toAction', { engagementId, kind: 'action_late', subjectId: late.id, title: 'Rattraper l’audit SEO' });
    expect(fix).toMatchObject({ priority: 'high', objectiveIds: [objective] });
    expect((await c.call('action:get', { engagementId, id: fix.id })).sources).toEqual([{ kind: 'action', id: late.id, label: 'Audit SEO technique' }]);
    const dashboard = await c.call('steering:dashboard', { engagementId });
    expect(dashboard).toMatchObject({ alertCount: 4, actualCents: 130_000 });
    expect(dashboard.nextDeadlines[0]).toMatchObject({ id: late.id, late: true });
  });

  test('risk register sorted by criticity', async () => {
    const { c, engagementId } = await setup();
    await c.call('risk:create', { engagementId, risk: { title: 'Retard du photographe', probability: 2, impact: 2 } });
    const big = await c.call('risk:create', { engagementId, risk: { title: 'Indisponibilité de l’équipe client', probability: 4, impact: 4, owner: 'Hélène Verdier' } });
    expect((await c.call('risk:list', { engagementId })).map((r) => [r.title, r.score])).toEqual([['Indisponibilité de l’équipe client', 16], ['Retard du photographe', 4]]);
    expect(await c.refused('risk:update', { engagementId, id: big.id, patch: { impact: 6 } })).toMatchObject({ code: 'INVALID_PAYLOAD' });
  });
});
