import { describe, expect, test } from 'vitest';
import { openTestEngagement } from '../helpers/callApi';

async function setup() {
  // A frozen clock: 15 March 2026, so "deadline in the past" is deterministic.
  return openTestEngagement(new Date(2026, 2, 15, 10, 0));
}

describe('objectives', () => {
  test('the KPI catalogue is seeded; picking a KPI brings its unit and direction', async () => {
    const { c, engagementId } = await setup();
    const kpis = await c.call('kpi:list', { engagementId });
    const labels = kpis.map((k) => k.labelFr);
    for (const label of ['Taux de conversion', 'Coût par acquisition (CPA)', 'Taux de clic (CTR)', 'Taux de rebond', 'Retour sur investissement (ROI)', 'Trafic du site', 'Abonnés', 'Chiffre d’affaires en ligne', 'Panier moyen', 'Taux d’ouverture']) {
      expect(labels).toContain(label);
    }
    const cpa = kpis.find((k) => k.code === 'cpa')!;
    const objective = await c.call('objective:create', { engagementId, objective: { statement: 'Réduire le coût d’un client à 25 €', kpiId: cpa.id } });
    expect(objective).toMatchObject({ unit: '€', direction: 'decrease', horizon: 'short', status: 'draft' });
  });

  test('custom KPIs are added, edited and removed; objectives using one keep its name', async () => {
    const { c, engagementId } = await setup();
    const custom = await c.call('kpi:create', { engagementId, kpi: { label: 'Demandes de visite d’atelier', unit: 'demandes/mois' } });
    expect(custom).toMatchObject({ isCustom: true, labelFr: 'Demandes de visite d’atelier', direction: 'increase' });
    const objective = await c.call('objective:create', { engagementId, objective: { statement: 'Plus de visites d’atelier', kpiId: custom.id } });
    await c.call('kpi:update', { engagementId, id: custom.id, patch: { labelEn: 'Workshop visit requests' } });
    await c.call('kpi:delete', { engagementId, id: custom.id });
    const [kept] = await c.call('objective:list', { engagementId });
    expect(kept).toMatchObject({ id: objective.id, kpiId: null, kpiLabel: 'Demandes de visite d’atelier' });
    const builtIn = (await c.call('kpi:list', { engagementId }))[0]!;
    expect(await c.refused('kpi:delete', { engagementId, id: builtIn.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('grouped by horizon and reorderable, within and across horizons', async () => {
    const { c, engagementId } = await setup();
    const make = async (statement: string, horizon: 'short' | 'medium' | 'long') =>
      (await c.call('objective:create', { engagementId, objective: { statement, horizon } })).id;
    const a = await make('A', 'long');
    const b = await make('B', 'short');
    const d = await make('D', 'short');
    const e = await make('E', 'medium');
    const order = async () => (await c.call('objective:list', { engagementId })).map((o) => `${o.horizon}:${o.statement}`);
    expect(await order()).toEqual(['short:B', 'short:D', 'medium:E', 'long:A']);
    await c.call('objective:move', { engagementId, id: d, horizon: 'short', afterId: null });
    expect(await order()).toEqual(['short:D', 'short:B', 'medium:E', 'long:A']);
    await c.call('objective:move', { engagementId, id: a, horizon: 'medium', afterId: e });
    await c.call('objective:move', { engagementId, id: b, horizon: 'medium', afterId: e });
    expect(await order()).toEqual(['short:D', 'medium:E', 'medium:B', 'medium:A']);
    await c.call('objective:update', { engagementId, id: e, patch: { horizon: 'long' } });
    expect(await order()).toEqual(['short:D', 'medium:B', 'medium:A', 'long:E']);
  });

  test('the SMART check gives hints per objective and a summary for the overview', async () => {
    const { c, engagementId } = await setup();
    const vague = await c.call('objective:create', { engagementId, objective: { statement: 'Améliorer la visibilité' } });
    expect(vague.smart.complete).toBe(false);
    expect(vague.smart.hints.map((h) => h.code)).toEqual(expect.arrayContaining(['no_number', 'kpi_missing', 'baseline_missing', 'target_missing', 'deadline_missing']));

    const traffic = (await c.call('kpi:list', { engagementId })).find((k) => k.code === 'traffic')!;
    const smart = await c.call('objective:create', {
      engagementId,
      objective: {
        statement: 'Passer de 1 200 à 3 000 visites mensuelles',
        specific: 'Trafic organique du site vitrine, pages produits comprises',
        kpiId: traffic.id,
        baseline: 1200,
        target: 3000,
        achievable: 'Deux articles par mois et une refonte des fiches',
        realistic: 'Les concurrents locaux atteignent 4 000 visites',
        deadline: '2026-12-31',
        owner: 'Claire Moreau',
      },
    });
    expect(smart.smart).toMatchObject({ complete: true, hints: [] });

    const backwards = await c.call('objective:update', { engagementId, id: smart.id, patch: { target: 900, deadline: '2026-01-31' } });
    expect(backwards.smart.hints.map((h) => h.code)).toEqual(['target_not_above_baseline', 'deadline_past']);
    expect(backwards.smart.letters).toMatchObject({ S: true, M: true, A: false, R: true, T: false });

    const summary = await c.call('objective:smartSummary', { engagementId });
    expect(summary).toMatchObject({ total: 2, complete: 0, withHints: 2, byHorizon: { short: 2, medium: 0, long: 0 } });
    expect(summary.topHints[0]).toMatchObject({ count: 1 });
  });

  test('bad values are refused naming the field', async () => {
    const { c, engagementId } = await setup();
    expect(await c.refused('objective:create', { engagementId, objective: { statement: '' } })).toMatchObject({ params: { field: 'objective.statement' } });
    expect(await c.refused('objective:create', { engagementId, objective: { statement: 'x', deadline: '2026-02-30' } })).toMatchObject({ params: { field: 'objective.deadline' } });
    expect(await c.refused('objective:create', { engagementId, objective: { statement: 'x', horizon: 'someday' } })).toMatchObject({ params: { field: 'objective.horizon' } });
  });
});
