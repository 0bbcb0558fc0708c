import { describe, expect, test } from 'vitest';
import { openTestEngagement } from '../helpers/callApi';

async function setup(deliverableLang: 'fr' | 'en' = 'fr') {
  return openTestEngagement(new Date(2026, 2, 15, 10, 0), { clientName: 'Atelier Moreau', deliverableLang });
}

describe('audit de présence digitale', () => {
  test('a new engagement has the default French grid (English twin for an English engagement)', async () => {
    const { c, engagementId } = await setup();
    const channels = await c.call('audit:get', { engagementId });
    expect(channels.map((ch) => ch.name)).toEqual([
      'Site web', 'Référencement naturel (SEO)', 'SEA / publicité en ligne', 'Réseaux sociaux — Facebook', 'Réseaux sociaux — Instagram', 'Réseaux sociaux — LinkedIn',
      'E-mailing / CRM', 'E-réputation et avis', 'Contenus', 'Mobile', 'Analytics et tracking', 'Performance technique', 'Accessibilité', 'RGPD / cookies',
    ]);
    expect(channels.every((ch) => ch.criteria.length >= 3 && ch.score === null)).toBe(true);
    c.close();
    const en = await setup('en');
    const [first] = await en.c.call('audit:get', { engagementId: en.engagementId });
    expect(first).toMatchObject({ name: 'Website', code: 'website' });
    expect(first!.criteria[0]!.label).toBe('Usability and navigation (UX)');
  });

  test('scores, N/A and evidence give the channel score; a score and N/A exclude each other', async () => {
    const { c, engagementId } = await setup();
    const [site] = await c.call('audit:get', { engagementId });
    const [a, b, d] = site!.criteria;
    await c.call('audit:updateCriterion', { engagementId, id: a!.id, patch: { score: 4, evidence: 'Menu clair', evidenceUrl: 'https://moreau.fr', evidenceFigures: '3 clics' } });
    await c.call('audit:updateCriterion', { engagementId, id: b!.id, patch: { score: 1 } });
    let channel = await c.call('audit:updateCriterion', { engagementId, id: d!.id, patch: { notApplicable: true } });
    expect(channel.score).toBeCloseTo(2.5);
    channel = await c.call('audit:updateCriterion', { engagementId, id: b!.id, patch: { notApplicable: true } });
    expect(channel.criteria[1]).toMatchObject({ score: null, notApplicable: true });
    channel = await c.call('audit:updateCriterion', { engagementId, id: d!.id, patch: { score: 2 } });
    expect(channel.criteria[2]).toMatchObject({ score: 2, notApplicable: false });
    expect(channel.criteria[0]).toMatchObject({ evidence: 'Menu clair', evidenceUrl: 'https://moreau.fr', evidenceFigures: '3 clics' });
    expect(await c.refused('audit:updateCriterion', { engagementId, id: a!.id, patch: { score: 6 } })).toMatchObject({ code: 'INVALID_PAYLOAD' });
    const scores = await c.call('audit:scores', { engagementId });
    expect(scores[0]).toMatchObject({ name: 'Site web', score: 3, scored: 2, notApplicable: 1 });
  });

  test('channels and criteria are edited, reordered, disabled and removed', async () => {
    const { c, engagementId } = await setup();
    const added = await c.call('audit:addChannel', { engagementId, channel: { name: 'Réseaux sociaux — TikTok', network: 'tiktok' } });
    const withCriterion = await c.call('audit:addCriterion', { engagementId, channelId: added.id, label: 'Vidéos courtes' });
    expect(withCriterion.criteria.map((k) => k.label)).toEqual(['Vidéos courtes']);
    const moved = await c.call('audit:moveChannel', { engagementId, id: added.id, step: -1 });
    expect(moved.at(-2)!.id).toBe(added.id);
    await c.call('audit:updateChannel', { engagementId, id: added.id, patch: { enabled: false, summary: 'Pas présent' } });
    expect((await c.call('audit:scores', { engagementId })).some((s) => s.channelId === added.id)).toBe(false);
    await c.call('audit:deleteChannel', { engagementId, id: added.id });
    expect((await c.call('audit:get', { engagementId })).some((ch) => ch.id === added.id)).toBe(false);
  });

  test('findings feed the SWOT; the consultant edits, hides and completes it', async () => {
    const { c, engagementId } = await setup();
    const [site] = await c.call('audit:get', { engagementId });
    await c.call('audit:addFinding', { engagementId, channelId: site!.id, kind: 'strength', text: 'Photos d’atelier authentiques' });
    const channel = await c.call('audit:addFinding', { engagementId, channelId: site!.id, kind: 'improvement', text: 'Pas de formulaire de devis' });
    await c.call('swot:add', { engagementId, quadrant: 'opportunity', text: 'Recherche locale en hausse' });
    await c.call('swot:add', { engagementId, quadrant: 'threat', text: 'Enseignes nationales' });
    let swot = await c.call('swot:list', { engagementId });
    expect(swot.map((s) => `${s.quadrant}:${s.origin}:${s.text}`)).toEqual([
      'strength:audit:Photos d’atelier authentiques', 'weakness:audit:Pas de formulaire de devis', 'opportunity:manual:Recherche locale en hausse', 'threat:manual:Enseignes nationales',
    ]);
    const weakness = swot[1]!;
    await c.call('swot:update', { engagementId, id: weakness.id, patch: { text: 'Aucun devis en ligne' } });
    await c.call('audit:updateFinding', { engagementId, id: channel.findings[1]!.id, patch: { text: 'Pas de devis' } });
    swot = await c.call('swot:update', { engagementId, id: swot[0]!.id, patch: { hidden: true } });
    expect(swot[0]!.hidden).toBe(true);
    expect(swot[1]!.text).toBe('Aucun devis en ligne');
    // Deleting a generated line hides it; deleting the finding removes it.
    swot = await c.call('swot:delete', { engagementId, id: weakness.id });
    expect(swot.find((s) => s.id === weakness.id)?.hidden).toBe(true);
    await c.call('audit:deleteFinding', { engagementId, id: channel.findings[1]!.id });
    expect((await c.call('swot:list', { engagementId })).some((s) => s.id === weakness.id)).toBe(false);
  });

  test('a recommendation becomes a draft action of the plan, pre-filled and linked, once', async () => {
    const { c, engagementId } = await setup();
    const [site] = await c.call('audit:get', { engagementId });
    const channel = await c.call('audit:addRecommendation', {
      engagementId, channelId: site!.id, recommendation: { text: 'Ajouter un formulaire de devis', detail: 'Trois champs au plus', impact: 3, effort: 1, priority: 'high', suggestedOwner: 'Agence web' },
    });
    const rec = channel.recommendations[0]!;
    expect(rec).toMatchObject({ impact: 3, effort: 1, priority: 'high', actions: [] });
    const first = await c.call('audit:recommendationToAction', { engagementId, id: rec.id });
    expect(first.action).toMatchObject({ kind: 'action', label: 'Ajouter un formulaire de devis' });
    expect(first.channel.recommendations[0]!.actions).toEqual([first.action]);
    const again = await c.call('audit:recommendationToAction', { engagementId, id: rec.id });
    expect(again.action.id).toBe(first.action.id);
    const row = c.services.sessions.get(engagementId).read((db) => db.prepare('SELECT * FROM actions').all());
    expect(row).toEqual([expect.objectContaining({ title: 'Ajouter un formulaire de devis', description: 'Trois champs au plus', channel_id: site!.id, channel_label: 'Site web', priority: 'high', owner_name: 'Agence web', status: 'todo' })]);
  });

  test('channel KPI figures carry the date they were read', async () => {
    const { c, engagementId } = await setup();
    const social = (await c.call('audit:get', { engagementId }))[4]!;
    let channel = await c.call('audit:addMetric', { engagementId, channelId: social.id, metric: { label: 'Abonnés', value: 1840, readOn: '2026-03-02', source: 'Instagram' } });
    const metric = channel.metrics[0]!;
    channel = await c.call('audit:updateMetric', { engagementId, id: metric.id, patch: { value: 1852.5, unit: 'abonnés' } });
    expect(channel.metrics[0]).toMatchObject({ label: 'Abonnés', value: 1852.5, unit: 'abonnés', readOn: '2026-03-02' });
    expect(await c.refused('audit:updateMetric', { engagementId, id: metric.id, patch: { readOn: '2026-02-30' } })).toMatchObject({ code: 'INVALID_PAYLOAD' });
    channel = await c.call('audit:deleteMetric', { engagementId, id: metric.id });
    expect(channel.metrics).toEqual([]);
  });
});
