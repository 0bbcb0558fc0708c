import { describe, expect, test } from 'vitest';
import { openTestEngagement } from '../helpers/callApi';
import { dumpEngagement } from '../helpers/dumpEngagement';

async function setup() {
  const { c: client, engagementId } = await openTestEngagement(new Date(2026, 2, 15, 10, 0));
  const c = client;
  const names = ['Meubles Durand', 'Bois & Co', 'Lignes Roset', 'Atelier Nord', 'Maison Chêne'];
  const ids: number[] = [];
  for (const name of names) ids.push((await c.call('competitor:create', { engagementId, competitor: { name, website: `https://www.${name.split(' ')[0]!.toLowerCase()}.fr` } })).competitor.id);
  return { c, engagementId, ids };
}

describe('benchmark concurrentiel', () => {
  test('five competitors are fine, a sixth is accepted with a warning', async () => {
    const { c, engagementId } = await setup();
    const sixth = await c.call('competitor:create', { engagementId, competitor: { name: 'Sixième' } });
    expect(sixth).toMatchObject({ count: 6, aboveAdvised: true });
    await c.call('competitor:delete', { engagementId, id: sixth.competitor.id });
    const fifth = await c.call('competitor:update', { engagementId, id: (await c.call('competitor:list', { engagementId }))[4]!.id, patch: { positioning: 'Haut de gamme' } });
    expect(fifth).toMatchObject({ count: 5, aboveAdvised: false });
  });

  test('the grid uses the audit criteria with the client row; cells keep a note and a date; ranking and chart data follow', async () => {
    const { c, engagementId, ids } = await setup();
    const [site] = await c.call('audit:get', { engagementId });
    const [k1, k2] = site!.criteria;
    await c.call('audit:updateCriterion', { engagementId, id: k1!.id, patch: { score: 3 } });
    await c.call('audit:updateCriterion', { engagementId, id: k2!.id, patch: { score: 2 } });
    await c.call('benchmark:setScore', { engagementId, competitorId: ids[0]!, criterionId: k1!.id, patch: { score: 5, note: 'Configurateur', observedOn: '2026-03-05' } });
    await c.call('benchmark:setScore', { engagementId, competitorId: ids[1]!, criterionId: k1!.id, patch: { score: 3 } });
    await c.call('benchmark:setScore', { engagementId, competitorId: ids[2]!, criterionId: k1!.id, patch: { notApplicable: true } });
    const cell = await c.call('benchmark:setScore', { engagementId, competitorId: ids[0]!, criterionId: k2!.id, patch: { score: 1 } });
    expect(cell).toMatchObject({ score: 1, note: '', observedOn: null });
    const grid = await c.call('benchmark:grid', { engagementId });
    expect(grid.channels[0]!.criteria[0]).toMatchObject({ id: k1!.id, clientScore: 3 });
    expect(grid.scores.find((s) => s.competitorId === ids[0] && s.criterionId === k1!.id)).toMatchObject({ score: 5, note: 'Configurateur', observedOn: '2026-03-05' });
    const ranking = await c.call('benchmark:ranking', { engagementId });
    expect(ranking[0]!.entries.map((e) => `${e.rank}:${e.name}`)).toEqual(['1:Meubles Durand', '2:Atelier Moreau', '2:Bois & Co']);
    const summary = await c.call('benchmark:summary', { engagementId });
    expect(summary[0]).toMatchObject({ channelName: 'Site web', client: 2.5 });
    expect(summary[0]!.competitors[ids[0]!]).toBe(3);
    expect(summary[0]!.competitors[ids[2]!]).toBeNull();
  });

  test('CSV metrics: preview with the column mapping, French numbers and dates, then import', async () => {
    const { c, engagementId, ids } = await setup();
    const csv = ['Domaine;Visites;Taux de rebond;Date', 'www.meubles.fr;12 450;45,2 %;04/03/2026', '"Bois & Co";3,4K;51,0;2026-03-04', ''].join('\r\n');
    const preview = await c.call('benchmark:importMetrics', { engagementId, csv, mapping: null, commit: false });
    expect(preview).toMatchObject({ headers: ['Domaine', 'Visites', 'Taux de rebond', 'Date'], delimiter: ';', errors: [], written: 0 });
    expect(preview.mapping).toMatchObject({ competitorColumn: 'Domaine', dateColumn: 'Date' });
    expect(preview.rows.map((r) => [r.competitorId, r.metric, r.value, r.unit, r.observedOn])).toEqual([
      [ids[0], 'Visites', 12450, '', '2026-03-04'],
      [ids[0], 'Taux de rebond', 45.2, '%', '2026-03-04'],
      [ids[1], 'Visites', 3400, '', '2026-03-04'],
      [ids[1], 'Taux de rebond', 51, '%', '2026-03-04'],
    ]);
    expect(await c.call('benchmark:metrics', { engagementId })).toEqual([]);
    const mapping = { ...preview.mapping, source: 'Similarweb', metrics: [{ column: 'Visites', metric: 'Visites mensuelles', unit: 'visites', network: '' }] };
    const imported = await c.call('benchmark:importMetrics', { engagementId, csv, mapping, commit: true });
    expect(imported.written).toBe(2);
    const metrics = await c.call('benchmark:metrics', { engagementId });
    expect(metrics.map((m) => `${m.metric}=${m.value} ${m.unit} (${m.source})`)).toEqual(['Visites mensuelles=12450 visites (Similarweb)', 'Visites mensuelles=3400 visites (Similarweb)']);
  });

  test('a CSV with any bad row writes nothing and says which line and column', async () => {
    const { c, engagementId } = await setup();
    const before = c.services.sessions.get(engagementId).read(dumpEngagement);
    const csv = 'Concurrent,Visites,Date\nMeubles Durand,1200,31/02/2026\nInconnu SA,800,2026-03-01\nBois & Co,beaucoup,2026-03-01\n';
    const result = await c.call('benchmark:importMetrics', { engagementId, csv, mapping: null, commit: true });
    expect(result.written).toBe(0);
    expect(result.errors).toEqual([
      { line: 2, column: 'Date', code: 'bad_date', value: '31/02/2026' },
      { line: 3, column: 'Concurrent', code: 'unknown_competitor', value: 'Inconnu SA' },
      { line: 4, column: 'Visites', code: 'bad_number', value: 'beaucoup' },
    ]);
    expect(c.services.sessions.get(engagementId).read(dumpEngagement)).toBe(before);
    const missing = await c.call('benchmark:importMetrics', { engagementId, csv, mapping: { competitorColumn: 'Site', dateColumn: null, defaultDate: null, metrics: [], source: '' }, commit: true });
    expect(missing.errors).toEqual([{ line: 1, column: 'Site', code: 'missing_column', value: 'Site' }]);
  });

  test('learnings carry the consultant’s judgement of fit, « à évaluer » by default', async () => {
    const { c, engagementId, ids } = await setup();
    let learnings = await c.call('learning:create', { engagementId, learning: { text: 'Configurateur 3D', competitorId: ids[0]! } });
    expect(learnings[0]).toMatchObject({ fit: 'to_assess', kind: 'good_practice', competitorId: ids[0] });
    learnings = await c.call('learning:update', { engagementId, id: learnings[0]!.id, patch: { fit: 'not_for_client', judgement: 'Catalogue trop restreint pour le justifier' } });
    expect(learnings[0]).toMatchObject({ fit: 'not_for_client', judgement: 'Catalogue trop restreint pour le justifier' });
    await c.call('competitor:delete', { engagementId, id: ids[0]! });
    expect((await c.call('learning:list', { engagementId }))[0]!.competitorId).toBeNull();
  });
});
