import fs from 'node:fs';
import path from 'node:path';
import { createTestClient } from '../helpers/callApi';
import type { WriterMode, WriterSetup } from './changes';

/**
 * A fresh engagement for the crash writers, made through the API: an interview
 * session for notes, an audit channel for screenshots, two objectives for the
 * actions to link to. Backups are kept (up to 200) so every acknowledged one can
 * be looked for.
 */
export async function prepareCrashEngagement(): Promise<{ root: string; base: Omit<WriterSetup, 'mode' | 'seed'> }> {
  const client = createTestClient();
  await client.call('backup:setKeep', { keep: 200 });
  const { engagementId, path: file } = await client.call('engagement:create', { clientName: 'Crash Test SARL' });
  const e = { engagementId };
  const { id: sessionId } = await client.call('interview:createSession', {
    ...e,
    session: { title: 'Entretien direction' },
  });
  const channel = await client.call('audit:addChannel', { ...e, channel: { name: 'Site web' } });
  const objectiveIds: number[] = [];
  for (const statement of ['Objectif initial : notoriété', 'Objectif initial : leads']) {
    objectiveIds.push(
      (
        await client.call('objective:create', {
          ...e,
          objective: { statement, kpiLabel: 'Visites', target: 100, deadline: '2027-12-31' },
        })
      ).id,
    );
  }
  await client.call('engagement:close', e);
  client.close();
  const exportFolder = path.join(client.root, 'Livrables');
  fs.mkdirSync(exportFolder, { recursive: true });
  return {
    root: client.root,
    base: {
      file,
      userDataDir: path.join(client.root, 'userData'),
      sessionId,
      channelId: channel.id,
      objectiveIds,
      exportFolder,
    },
  };
}

export function writerSetup(base: Omit<WriterSetup, 'mode' | 'seed'>, mode: WriterMode, seed: number): WriterSetup {
  return { ...base, mode, seed };
}
