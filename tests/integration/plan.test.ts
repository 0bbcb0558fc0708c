import { describe, expect, test } from 'vitest';
import { openTestEngagement } from '../helpers/callApi';

async function setup() {
  // Frozen clock: 15 April 2026.
  const { c: client, engagementId } = await openTestEngagement(new Date(2026, 3, 15, 10, 0));
  const c = client;
  const objective = (await c.call('objective:create', { engagementId, objective: { statement: 'Doubler les demandes de devis' } })).id;
  const phase = (await c.call('phase:create', { engagementId, phase: { name: 'Fondations' } })).id;
  return { c, engagementId, objective, phase };
}

describe('plan d’action', () => {
  test('actions are created with links; an action without objective is flagged', async () => {
    const { c, engagementId, objective, phase } = await setup();
    const linked = await c.call('action:create', { engagementId, action: { title: 'Refonte de la fiche Google', objectiveIds: [objective], phaseId: phase, budgetPlannedCents: 120_000 } });
    expect(linked).toMatchObject({ objectiveIds: [objective], phaseName: 'Fondations', status: 'todo', warnings: [] });
    const loose = await c.call('action:create', { engagementId, action: { title: 'Newsletter mensuelle' } });
    expect(loose.warnings).toEqual([{ code: 'no_objective' }]);
    const fixed = await c.call('action:update', { engagementId, id: loose.id, patch: { objectiveIds: [objective] } });
    expect(fixed.warnings).toEqual([]);
    expect(await c.refused('action:update', { engagementId, id: loose.id, patch: { startDate: '2026-05-10', endDate: '2026-05-01' } })).toMatchObject({ code: 'INVALID_PAYLOAD' });
  });

  test('dependencies: warning when starting before the prerequisite ends; cycles refused', async () => {
    const { c, engagementId, objective } = await setup();
    const mk = async (title: string, startDate: string, endDate: string) =>
      (await c.call('action:create', { engagementId, action: { title, startDate, endDate, objectiveIds: [objective] } })).id;
    const a = await mk('Charte éditoriale', '2026-05-01', '2026-05-20');
    const b = await mk('Calendrier de publication', '2026-05-10', '2026-06-10');
    const follower = await c.call('action:update', { engagementId, id: b, patch: { dependsOnIds: [a] } });
    expect(follower.warnings).toEqual([{ code: 'starts_before_prerequisite', prerequisiteId: a, prerequisiteTitle: 'Charte éditoriale', prerequisiteEnd: '2026-05-20' }]);
    expect((await c.call('action:update', { engagementId, id: b, patch: { startDate: '2026-05-21' } })).warnings).toEqual([]);
    expect(await c.refused('action:update', { engagementId, id: a, patch: { dependsOnIds: [b] } })).toMatchObject({ code: 'INVALID_PAYLOAD', params: { field: 'dependsOnIds', cycle: 1, prerequisite: 'Calendrier de publication' } });
    // A longer loop (a → b → c → a) is refused too, and nothing of the patch is written.
    const third = await mk('Tournage', '2026-06-11', '2026-06-20');
    await c.call('action:update', { engagementId, id: third, patch: { dependsOnIds: [b] } });
    expect(await c.refused('action:update', { engagementId, id: a, patch: { title: 'Charte renommée', dependsOnIds: [third] } })).toMatchObject({ params: { cycle: 1, prerequisite: 'Tournage' } });
    const unchanged = await c.call('action:get', { engagementId, id: a });
    expect([unchanged.title, unchanged.dependsOnIds]).toEqual(['Charte éditoriale', []]);
    const timeline = await c.call('plan:timeline', { engagementId });
    expect(timeline.dependencies).toEqual([{ fromId: a, toId: b, conflict: false }, { fromId: b, toId: third, conflict: false }]);
  });

  test('kanban moves change status and order; the table sorts and filters', async () => {
    const { c, engagementId, objective } = await setup();
    const ids: number[] = [];
    for (const [title, budget] of [['Alpha', 300], ['Bravo', 100], ['Charlie', 200]] as const) {
      ids.push((await c.call('action:create', { engagementId, action: { title, budgetPlannedCents: budget * 100, objectiveIds: [objective] } })).id);
    }
    await c.call('action:move', { engagementId, id: ids[2]!, status: 'in_progress', afterId: null });
    await c.call('action:move', { engagementId, id: ids[0]!, status: 'in_progress', afterId: null });
    const column = (await c.call('action:list', { engagementId })).filter((a) => a.status === 'in_progress').sort((x, y) => x.kanbanPosition - y.kanbanPosition);
    expect(column.map((a) => a.title)).toEqual(['Alpha', 'Charlie']);
    await c.call('action:move', { engagementId, id: ids[0]!, status: 'in_progress', afterId: ids[2]! });
    const after = (await c.call('action:list', { engagementId })).filter((a) => a.status === 'in_progress').sort((x, y) => x.kanbanPosition - y.kanbanPosition);
    expect(after.map((a) => a.title)).toEqual(['Charlie', 'Alpha']);
    const table = await c.call('action:table', { engagementId, query: { sort: { key: 'budgetPlanned', dir: 'desc' }, statuses: ['todo', 'in_progress'] } });
    expect(table.rows.map((r) => r.title)).toEqual(['Alpha', 'Charlie', 'Bravo']);
    expect((await c.call('action:table', { engagementId, query: { text: 'brav' } })).rows.map((r) => r.title)).toEqual(['Bravo']);
  });

  test('budget by phase, channel and month against the envelope; over-budget shown', async () => {
    const { c, engagementId, objective, phase } = await setup();
    await c.call('engagement:update', { engagementId, patch: { budgetEnvelopeCents: 300_000 } });
    await c.call('action:create', { engagementId, action: { title: 'Campagne Meta', phaseId: phase, channelLabel: 'Facebook', startDate: '2026-05-04', endDate: '2026-05-30', budgetPlannedCents: 200_000, budgetActualCents: 250_000, objectiveIds: [objective] } });
    await c.call('action:create', { engagementId, action: { title: 'Tournage vidéo', channelLabel: 'YouTube', startDate: '2026-06-01', endDate: '2026-06-05', budgetPlannedCents: 150_000, objectiveIds: [objective] } });
    const budget = await c.call('plan:budget', { engagementId });
    expect(budget).toMatchObject({ envelopeCents: 300_000, plannedCents: 350_000, actualCents: 250_000, plannedOverEnvelopeCents: 50_000 });
    expect(budget.byPhase.map((l) => [l.label, l.plannedCents])).toEqual([['Fondations', 200_000], ['', 150_000]]);
    expect(budget.byMonth.map((l) => l.key)).toEqual(['2026-05', '2026-06']);
    expect(budget.overBudgetActions).toEqual([expect.objectContaining({ title: 'Campagne Meta', overCents: 50_000 })]);
  });

  test('channel suggestions list the linked personas’ platforms first', async () => {
    const { c, engagementId } = await setup();
    // Personas are another screen's; the rows are written directly so this test depends on the plan only.
    const persona = c.services.sessions.get(engagementId).write((d) => {
      const id = Number(d.prepare(`INSERT INTO personas (name, created_at, updated_at) VALUES ('Claire, architecte', 0, 0)`).run().lastInsertRowid);
      d.prepare(`INSERT INTO persona_platforms (persona_id, label, position) VALUES (?, 'Pinterest', 1)`).run(id);
      return { id };
    });
    const suggestions = await c.call('action:channels', { engagementId, personaIds: [persona.id] });
    expect(suggestions[0]).toEqual({ channelId: null, label: 'Pinterest', fromPersonas: true });
    expect(suggestions.slice(1).every((s) => !s.fromPersonas)).toBe(true);
  });
});
