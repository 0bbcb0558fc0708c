import crypto from 'node:crypto';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { formatError } from '../../src/shared/errorMessages';
import { createTestClient } from '../helpers/callApi';

/**
 * A full disk, simulated with `PRAGMA max_page_count` on the open connection (the
 * file may not grow past its current size plus a few pages): SQLite answers
 * SQLITE_FULL exactly as it does for ENOSPC. The API must answer DISK_FULL, roll
 * the whole change back, keep earlier data, and accept edits again once there is room.
 */
test('a full disk: typed error, change rolled back, earlier data intact, editing resumes when space returns', async () => {
  const client = createTestClient();
  const { engagementId } = await client.call('engagement:create', { clientName: 'Disque Plein SA' });
  const e = { engagementId };
  const { id: sessionId } = await client.call('interview:createSession', { ...e, session: { title: 'Entretien' } });
  const channel = await client.call('audit:addChannel', { ...e, channel: { name: 'Site web' } });
  const before = await client.call('note:capture', { ...e, sessionId, text: 'Avant : le site date de 2015 #besoin' });

  const db = client.services.sessions.get(engagementId).file.db;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages + 2}`);

  // A screenshot (image row + its placement): more than two pages, refused as a whole.
  const noise = await sharp(crypto.randomBytes(300 * 200 * 3), { raw: { width: 300, height: 200, channels: 3 } })
    .png()
    .toBuffer();
  const refusedImage = await client.refused('audit:addImage', {
    ...e,
    channelId: channel.id,
    data: noise.toString('base64'),
    caption: 'Accueil',
  });
  expect(refusedImage.code).toBe('DISK_FULL');

  // Notes until the last free pages are used up: the one that does not fit is refused.
  let refusedNote;
  const saved: number[] = [];
  for (let i = 0; i < 200 && !refusedNote; i += 1) {
    const result = await client.api.invoke(
      'note:capture',
      { ...e, sessionId, text: `Note ${i} ${'détail '.repeat(300)}` },
      'test-client',
    );
    if (result.ok) saved.push((result.value as { id: number }).id);
    else refusedNote = result.error;
  }
  expect(refusedNote?.code).toBe('DISK_FULL');
  expect(formatError(refusedNote!, 'fr')).toMatch(/^Le disque est plein/);
  expect(formatError(refusedNote!, 'en')).toMatch(/^The disk is full/);

  // Nothing half-written, everything written before still there.
  db.pragma('max_page_count = 1073741823');
  const audit = await client.call('audit:get', e);
  expect(audit.find((c) => c.id === channel.id)?.images).toEqual([]);
  expect(db.prepare('SELECT count(*) FROM images').pluck().get()).toBe(0);
  const notes = await client.call('note:list', { ...e, sessionId });
  expect(notes.notes.map((n) => n.id)).toEqual([before.id, ...saved]);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);

  // Space is back: the same edits go through.
  const channelAfter = await client.call('audit:addImage', {
    ...e,
    channelId: channel.id,
    data: noise.toString('base64'),
    caption: 'Accueil',
  });
  expect(channelAfter.images).toHaveLength(1);
  await client.call('note:capture', { ...e, sessionId, text: 'Après : place libérée' });
  client.close();
});
