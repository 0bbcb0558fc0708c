import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { formatError } from '../../src/shared/errorMessages';
import { openTestEngagement } from '../helpers/callApi';
import { dumpEngagement } from '../helpers/dumpEngagement';

async function setup() {
  const { c: client, engagementId } = await openTestEngagement(new Date(2026, 2, 15, 10, 0));
  const [channel] = await client.call('audit:get', { engagementId });
  const c = client;
  const dump = () => c.services.sessions.get(engagementId).read(dumpEngagement);
  return { c, engagementId, channelId: channel!.id, dump };
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } }).png().toBuffer();

describe('images in the engagement file', () => {
  test('a non-image, an SVG, an oversized file and a too-large picture are refused with a clear code; the engagement is unchanged', async () => {
    const { c, engagementId, channelId, dump } = await setup();
    const before = dump();
    const attempts: [string, Buffer, string][] = [
      ['a PDF renamed .png', Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'), 'UNSUPPORTED_IMAGE'],
      ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'UNSUPPORTED_IMAGE'],
      ['21 MB of bytes behind a PNG signature', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(21 * 1024 * 1024)]), 'IMAGE_TOO_LARGE'],
      ['a 9000 × 5000 px picture (45 Mpx)', await sharp({ create: { width: 9000, height: 5000, channels: 3, background: '#fff' } }).png({ compressionLevel: 9 }).toBuffer(), 'IMAGE_TOO_LARGE'],
      ['a truncated PNG', (await png(400, 300)).subarray(0, 60), 'UNSUPPORTED_IMAGE'],
    ];
    for (const [what, bytes, code] of attempts) {
      const error = await c.refused('audit:addImage', { engagementId, channelId, data: bytes.toString('base64'), caption: what });
      expect(error.code, what).toBe(code);
    }
    const tooBig = await c.refused('audit:addImage', { engagementId, channelId, data: attempts[2]![1].toString('base64') });
    expect(tooBig.params).toMatchObject({ size: '22 Mo', limit: '20 Mo' });
    // The sentence the user reads at the drop zone, in either language.
    expect(formatError(tooBig, 'fr')).toBe('Cette image est trop lourde (22 Mo)\u00a0: la limite est de 20 Mo.');
    expect(formatError(tooBig, 'en')).toBe('This image is too large (22 MB): the limit is 20 MB.');
    expect(formatError({ code: 'UNSUPPORTED_IMAGE' }, 'fr')).toBe('Cette image n’est pas dans un format pris en charge (PNG, JPEG, WebP ou GIF).');
    const huge = await c.refused('audit:addImage', { engagementId, channelId, data: attempts[3]![1].toString('base64') });
    expect(huge.params).toMatchObject({ size: '45 Mpx', limit: '40 Mpx' });
    expect(dump()).toBe(before);
  });

  test('a screenshot is downscaled to 1600 px, re-encoded without metadata, and stored once when pasted twice', async () => {
    const { c, engagementId, channelId } = await setup();
    const big = await sharp({ create: { width: 3200, height: 2000, channels: 3, background: '#eee' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'secret camera owner' } } })
      .toBuffer();
    const first = await c.call('audit:addImage', { engagementId, channelId, data: big.toString('base64'), caption: 'Accueil' });
    const second = await c.call('audit:addImage', { engagementId, channelId, data: `data:image/jpeg;base64,${big.toString('base64')}`, caption: 'Accueil bis' });
    expect(first.images).toHaveLength(1);
    expect(second.images).toHaveLength(2);
    expect(second.images[0]!.imageId).toBe(second.images[1]!.imageId);
    const stored = await c.call('image:get', { engagementId, id: first.images[0]!.imageId });
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1000 });
    const meta = await sharp(Buffer.from(stored.base64, 'base64')).metadata();
    expect(meta.exif).toBeUndefined();
    const after = await c.call('audit:deleteImage', { engagementId, id: second.images[1]!.id });
    expect(after.images).toHaveLength(1);
  });
});
