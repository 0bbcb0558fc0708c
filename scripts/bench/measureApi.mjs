// Open, editor loads, field saves and note capture, each through the loopback bridge (HTTP round
// trip, JSON both ways, zod validation, handler, SQLite) as the renderer calls them.
import fs from 'node:fs';
import path from 'node:path';
import { median, percentile, timed } from './bridge.mjs';
import { noteText, seededRandom } from './frenchText.mjs';

const OPEN_RUNS = 5;
const EDITOR_RUNS = 5;
const SAVES = 300;
const NOTES = 1_000;

/**
 * What each screen asks for when it appears (its useApiQuery calls), fired together as React
 * Query does. `ctx` carries ids found after opening (the latest session, an action).
 */
const EDITORS = {
  overview: (e) => [['engagement:overview', { engagementId: e }], ['objective:list', { engagementId: e }], ['steering:dashboard', { engagementId: e }]],
  interview: (e, ctx) => [['interview:listSessions', { engagementId: e }], ['interview:getSession', { engagementId: e, id: ctx.sessionId }]],
  objectives: (e) => [['objective:list', { engagementId: e }], ['kpi:list', { engagementId: e }]],
  audit: (e) => [['audit:get', { engagementId: e }], ['audit:scores', { engagementId: e }], ['swot:list', { engagementId: e }]],
  benchmark: (e) => [
    ['competitor:list', { engagementId: e }], ['benchmark:grid', { engagementId: e }], ['benchmark:metrics', { engagementId: e }],
    ['benchmark:ranking', { engagementId: e }], ['benchmark:summary', { engagementId: e }], ['learning:list', { engagementId: e }],
  ],
  personas: (e) => [['persona:list', { engagementId: e }], ['audit:get', { engagementId: e }], ['objective:list', { engagementId: e }]],
  'plan (table)': (e) => [['action:table', { engagementId: e, query: { sort: { key: 'startDate', dir: 'asc' } } }], ['phase:list', { engagementId: e }]],
  deliverables: (e) => [['deliverables:history', { engagementId: e }], ['app:info', {}]],
};

async function openToOverview(server, file) {
  const { ms, value } = await timed(async () => {
    const handle = await server.call('engagement:open', { path: file });
    await server.call('engagement:overview', { engagementId: handle.engagementId });
    return handle;
  });
  return { ms, engagementId: value.engagementId };
}

/** Median of OPEN_RUNS open → overview → close cycles, after one unmeasured open (first-open backup, cold caches). */
export async function measureOpen(server, file) {
  const first = await openToOverview(server, file);
  await server.call('engagement:close', { engagementId: first.engagementId });
  const runs = [];
  for (let i = 0; i < OPEN_RUNS; i += 1) {
    const run = await openToOverview(server, file);
    runs.push(run.ms);
    await server.call('engagement:close', { engagementId: run.engagementId });
  }
  return { firstMs: first.ms, medianMs: median(runs), runs };
}

export async function measureEditors(server, engagementId) {
  const sessions = await server.call('interview:listSessions', { engagementId });
  const ctx = { sessionId: sessions.at(-1).id };
  const results = {};
  for (const [name, calls] of Object.entries(EDITORS)) {
    const runs = [];
    for (let i = 0; i < EDITOR_RUNS; i += 1) {
      const { ms } = await timed(() => Promise.all(calls(engagementId, ctx).map(([method, payload]) => server.call(method, payload))));
      runs.push(ms);
    }
    results[name] = { medianMs: median(runs), methods: calls(engagementId, ctx).map(([method]) => method) };
  }
  return results;
}

const spread = (samples) => ({ p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples), count: samples.length });

/** One field saved SAVES times, each awaited before the next (autosave after a pause in typing). */
export async function measureFieldSaves(server, engagementId) {
  const actions = await server.call('action:list', { engagementId });
  const actionId = actions.at(-1).id;
  const context = [];
  const title = [];
  for (let i = 0; i < SAVES; i += 1) {
    context.push((await timed(() => server.call('engagement:update', { engagementId, patch: { context: `Contexte révisé, version ${i}.` } }))).ms);
    title.push((await timed(() => server.call('action:update', { engagementId, id: actionId, patch: { title: `Refondre la page d’accueil (v${i})` } }))).ms);
  }
  return { 'engagement:update (context)': spread(context), 'action:update (title)': spread(title) };
}

/** NOTES notes typed in a row into a new session of the engagement. */
export async function measureNoteCapture(server, engagementId) {
  const session = await server.call('interview:createSession', { engagementId, session: { title: 'Atelier de mesure' } });
  const random = seededRandom(99);
  const samples = [];
  const started = performance.now();
  for (let i = 0; i < NOTES; i += 1) {
    samples.push((await timed(() => server.call('note:capture', { engagementId, sessionId: session.id, text: noteText(random), clearDraft: true }))).ms);
  }
  const totalMs = performance.now() - started;
  return { ...spread(samples), meanMs: totalMs / NOTES, totalMs };
}

/** A new engagement from the home screen's dialog (file built under a temporary name, published, opened). */
export async function measureCreate(server, folder) {
  const runs = [];
  for (let i = 0; i < OPEN_RUNS; i += 1) {
    const { ms, value } = await timed(() => server.call('engagement:create', { clientName: `Nouvelle mission ${i + 1}`, folder }));
    runs.push(ms);
    await server.call('engagement:close', { engagementId: value.engagementId });
  }
  return { medianMs: median(runs), runs };
}

/** What every call pays before any work: the bridge round trip of a method that reads nothing. */
export async function measureTransport(server) {
  const samples = [];
  for (let i = 0; i < SAVES; i += 1) samples.push((await timed(() => server.call('app:info', {}))).ms);
  return spread(samples);
}

/** What every save pays for durability: one 4 KB write + fsync on the disk holding the files (a commit does about three). */
export function measureDiskSync(folder) {
  const file = path.join(folder, 'fsync-probe.bin');
  const fd = fs.openSync(file, 'w');
  const block = Buffer.alloc(4096, 1);
  const samples = [];
  try {
    for (let i = 0; i < 200; i += 1) {
      const started = performance.now();
      fs.writeSync(fd, block, 0, block.length, 0);
      fs.fsyncSync(fd);
      samples.push(performance.now() - started);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
  return spread(samples);
}
