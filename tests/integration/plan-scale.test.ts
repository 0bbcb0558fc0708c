import { afterEach, expect, test } from 'vitest';
import { createTestClient, type TestClient } from '../helpers/callApi';

let client: TestClient | undefined;
afterEach(() => client?.close());

const ACTIONS = 2_000;

/**
 * A plan far larger than any real engagement (a big one has 100–200 actions):
 * the file reopens and the table's data (every row with links and warnings) is
 * read and sorted well under a frame budget of the UI's patience.
 */
test(`an engagement with ${ACTIONS} actions opens and its table data loads fast`, async () => {
  client = createTestClient();
  client.services.now = () => new Date(2026, 3, 15, 10, 0).getTime();
  const c = client;
  const handle = await c.call('engagement:create', { clientName: 'Réseau Grand Ouest' });
  c.services.sessions.get(handle.engagementId).write((db) => {
    const phase = (name: string, position: number) => Number(db.prepare('INSERT INTO phases (name, position) VALUES (?, ?)').run(name, position).lastInsertRowid);
    const phases = [phase('Fondations', 1), phase('Lancement', 2), phase('Accélération', 3), phase('Bilan', 4)];
    const objectives = [1, 2, 3, 4, 5].map((i) =>
      Number(db.prepare('INSERT INTO objectives (statement, position, created_at, updated_at) VALUES (?, ?, 0, 0)').run(`Objectif ${i}`, i).lastInsertRowid),
    );
    const insert = db.prepare(
      `INSERT INTO actions (title, phase_id, channel_label, start_date, end_date, budget_planned_cents, budget_actual_cents, status, position, kanban_position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`,
    );
    const link = db.prepare('INSERT INTO action_objectives (action_id, objective_id) VALUES (?, ?)');
    const dep = db.prepare('INSERT INTO action_dependencies (action_id, depends_on_id) VALUES (?, ?)');
    const statuses = ['todo', 'in_progress', 'blocked', 'done', 'dropped'];
    for (let i = 1; i <= ACTIONS; i += 1) {
      const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + ((i * 7) % 330) + offset)).toISOString().slice(0, 10);
      const id = Number(
        insert.run(`Action ${i}`, phases[i % 4], ['LinkedIn', 'Instagram', 'Site web', 'Google Ads'][i % 4], day(0), day(12), (i % 50) * 10_000, (i % 40) * 10_000, statuses[i % 5], i, i)
          .lastInsertRowid,
      );
      if (i % 10 !== 0) link.run(id, objectives[i % 5]);
      if (i > 1 && i % 3 === 0) dep.run(id, id - 1);
    }
  });
  await c.call('engagement:close', { engagementId: handle.engagementId });

  const t0 = performance.now();
  const { engagementId } = await c.call('engagement:open', { path: handle.path });
  const t1 = performance.now();
  const table = await c.call('action:table', { engagementId, query: { sort: { key: 'endDate', dir: 'asc' } } });
  const t2 = performance.now();
  const filtered = await c.call('action:table', { engagementId, query: { text: 'action 19', statuses: ['todo', 'in_progress'] } });
  const t3 = performance.now();
  const budget = await c.call('plan:budget', { engagementId });
  const timeline = await c.call('plan:timeline', { engagementId });
  const t4 = performance.now();

  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `[plan-scale] ${ACTIONS} actions — open ${ms(t1 - t0)}, table (sorted) ${ms(t2 - t1)}, filtered table ${ms(t3 - t2)} (${filtered.rows.length} rows), budget + timeline ${ms(t4 - t3)}`,
  );
  expect(table.rows).toHaveLength(ACTIONS);
  expect(table.rows[0]!.endDate! <= table.rows[ACTIONS - 1]!.endDate!).toBe(true);
  expect(table.rows.filter((r) => r.warnings.some((w) => w.code === 'no_objective')).length).toBeGreaterThan(0);
  expect(budget.byPhase).toHaveLength(4);
  expect(timeline.phases.reduce((n, p) => n + p.actions.length, 0)).toBe(ACTIONS);
  // Generous bounds for a slow CI machine; the printed figures are the real measure.
  expect(t2 - t1).toBeLessThan(500);
  expect(t1 - t0).toBeLessThan(2_000);
});
