// The crash writer: opens an engagement through the core API, as the app does,
// and edits it in a loop until its parent kills it with SIGKILL. Each change is
// announced (`intent`) before the call and acknowledged (`ack`) once the API
// returned. Bundled by bundleWriter.ts, forked by killRun.ts.
import crypto from 'node:crypto';
import sharp from 'sharp';
import { createApiHost } from '../../electron/core/api/apiHost';
import { createServices } from '../../electron/core/api/createServices';
import type { AuditChannel } from '../../src/shared/model/audit';
import type { WriterMessage, WriterSetup } from './changes';
import { seededRandom } from './prng';

const setup = JSON.parse(process.argv[2] ?? '{}') as WriterSetup;
const random = seededRandom(setup.seed);
const { services, events } = createServices({
  userDataDir: setup.userDataDir,
  platform: { kind: 'web' },
  appVersion: '0.0.0-crash',
});
const api = createApiHost(services);

function send(message: WriterMessage): void {
  process.send?.(message);
}

async function call<T>(method: string, payload: Record<string, unknown>): Promise<T> {
  const result = await api.invoke(method, payload, 'crash-writer');
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A screenshot-like picture: noise, so every one is distinct and weighs what a real one does. */
async function randomPng(): Promise<Buffer> {
  const width = 240 + Math.floor(random() * 200);
  const height = 160 + Math.floor(random() * 100);
  return sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function twoOf(ids: number[]): number[] {
  const first = pick(ids);
  const second = pick(ids.filter((id) => id !== first));
  return [first, second].sort((a, b) => a - b);
}

async function edit(engagementId: string, step: number): Promise<void> {
  const roll = random();
  const e = { engagementId };
  if (roll < 0.4) {
    // The hashtag becomes the note's tag; the body is stored without it.
    const text = `Note ${setup.seed}-${step} : le client veut plus de leads`;
    send({ type: 'intent', change: { kind: 'note', text } });
    await call('interview:saveDraft', { ...e, sessionId: setup.sessionId, draft: text.slice(0, 20) });
    const note = await call<{ id: number }>('note:capture', {
      ...e,
      sessionId: setup.sessionId,
      text: `${text} #besoin`,
      clearDraft: true,
    });
    send({ type: 'ack', change: { kind: 'note', id: note.id, text } });
  } else if (roll < 0.55) {
    const statement = `Objectif ${setup.seed}-${step} : augmenter les demandes de devis`;
    const target = Math.round(random() * 10_000) / 100;
    send({ type: 'intent', change: { kind: 'objective', statement, target } });
    const objective = await call<{ id: number }>('objective:create', {
      ...e,
      objective: {
        statement,
        kpiLabel: 'Demandes de devis par mois',
        baseline: 12,
        target,
        unit: 'demandes',
        deadline: '2027-06-30',
        direction: 'increase',
        priority: 'high',
      },
    });
    send({ type: 'ack', change: { kind: 'objective', id: objective.id, statement, target } });
  } else if (roll < 0.7) {
    const objectives = await call<{ id: number }[]>('objective:list', e);
    const id = pick(objectives).id;
    const target = Math.round(random() * 10_000) / 100;
    send({ type: 'intent', change: { kind: 'objectiveTarget', id, target } });
    await call('objective:update', { ...e, id, patch: { target, baseline: 10 } });
    send({ type: 'ack', change: { kind: 'objectiveTarget', id, target } });
  } else if (roll < 0.85) {
    const objectiveIds = twoOf((await call<{ id: number }[]>('objective:list', e)).map((o) => o.id));
    send({ type: 'intent', change: { kind: 'action', objectiveIds } });
    const action = await call<{ id: number }>('action:create', {
      ...e,
      action: {
        title: `Action ${setup.seed}-${step} : campagne LinkedIn`,
        objectiveIds,
        budgetPlannedCents: 150_000,
        startDate: '2027-01-04',
        endDate: '2027-02-26',
      },
    });
    send({ type: 'ack', change: { kind: 'action', id: action.id, objectiveIds } });
  } else if (roll < 0.93) {
    const actions = await call<{ id: number }[]>('action:list', e);
    if (!actions.length) return;
    const id = pick(actions).id;
    const objectiveIds = twoOf((await call<{ id: number }[]>('objective:list', e)).map((o) => o.id));
    send({ type: 'intent', change: { kind: 'actionLinks', id, objectiveIds } });
    await call('action:update', { ...e, id, patch: { objectiveIds } });
    send({ type: 'ack', change: { kind: 'actionLinks', id, objectiveIds } });
  } else {
    const caption = `Capture ${setup.seed}-${step}`;
    const data = (await randomPng()).toString('base64');
    send({ type: 'intent', change: { kind: 'image', caption } });
    const channel = await call<AuditChannel>('audit:addImage', { ...e, channelId: setup.channelId, data, caption });
    const image = channel.images.find((candidate) => candidate.caption === caption)!;
    send({ type: 'ack', change: { kind: 'image', auditImageId: image.id, imageId: image.imageId, caption } });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const { engagementId } = await call<{ engagementId: string }>('engagement:open', { path: setup.file });
  send({ type: 'ready', openMs: performance.now() - started });
  if (setup.mode === 'migrate') return;
  events.subscribe((event) => {
    if (event.type === 'job:progress' && event.step === 'export.step.write')
      send({ type: 'phase', phase: 'export-write' });
  });
  for (let step = 0; ; step += 1) {
    if (setup.mode === 'edits') await edit(engagementId, step);
    else if (setup.mode === 'backup') {
      await edit(engagementId, step);
      send({ type: 'phase', phase: 'backup' });
      const backup = await call<{ fileName: string }>('backup:create', { engagementId });
      send({ type: 'ack', change: { kind: 'backup', fileName: backup.fileName } });
    } else if (setup.mode === 'export') {
      await edit(engagementId, step);
      const result = await call<{ files: { fileName: string }[] }>('deliverables:export', {
        engagementId,
        deliverables: ['interview'],
        folder: setup.exportFolder,
      });
      for (const file of result.files) send({ type: 'ack', change: { kind: 'export', fileName: file.fileName } });
    }
  }
}

main().then(
  // Migration mode: report and stay alive until killed, like an app left open.
  () => setInterval(() => {}, 1000),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
