// Screenshot-like pictures for the L and XL engagements, made with sharp: a page mock-up (header,
// blocks, a photo-like noisy area, a French caption) at the size the app stores (longest side
// 1600 px), alternately PNG and JPEG, so the export embeds pictures of realistic weight.
import crypto from 'node:crypto';
import sharp from 'sharp';

const WIDTH = 1440;
const HEIGHT = 900;
const PALETTE = ['#1f4e79', '#7a3e9d', '#2e7d32', '#b85c00', '#00838f', '#ad1457'];

function escapeXml(text) {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);
}

function pageSvg(index, caption) {
  const colour = PALETTE[index % PALETTE.length];
  const blocks = Array.from({ length: 6 }, (_, i) => {
    const x = 60 + (i % 3) * 450;
    const y = 420 + Math.floor(i / 3) * 220;
    return `<rect x="${x}" y="${y}" width="410" height="190" rx="12" fill="#f2f4f7" stroke="#d0d5dd"/>
      <text x="${x + 24}" y="${y + 50}" font-family="DejaVu Sans, sans-serif" font-size="26" fill="#344054">Rubrique ${i + 1}</text>
      <rect x="${x + 24}" y="${y + 80}" width="${300 - i * 20}" height="14" fill="#98a2b3"/>
      <rect x="${x + 24}" y="${y + 110}" width="${340 - i * 15}" height="14" fill="#98a2b3"/>`;
  }).join('');
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    <rect width="100%" height="90" fill="${colour}"/>
    <text x="60" y="58" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#ffffff">Capture n° ${index + 1} — audit de présence digitale</text>
    <text x="60" y="370" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#101828">${escapeXml(caption)}</text>
    ${blocks}
  </svg>`);
}

/** A photo-like band (random pixels) so the compressed size resembles a real screenshot's. */
function noiseBand(seed) {
  const width = WIDTH - 120;
  const height = 220;
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed * 2654435761;
  for (let i = 0; i < pixels.length; i += 3) {
    state = (state * 1103515245 + 12345) >>> 0;
    const shade = 90 + ((state >>> 16) % 120);
    pixels[i] = shade;
    pixels[i + 1] = Math.min(255, shade + 30);
    pixels[i + 2] = Math.min(255, shade + 60);
  }
  return { input: pixels, raw: { width, height, channels: 3 }, left: 60, top: 110 };
}

/** Rows for the `images` table (the columns the app's image store writes). */
export async function makeScreenshot(index, caption, now) {
  const base = sharp(pageSvg(index, caption)).composite([noiseBand(index + 1)]);
  const mime = index % 2 === 0 ? 'image/png' : 'image/jpeg';
  const data = mime === 'image/png' ? await base.png({ compressionLevel: 6 }).toBuffer() : await base.jpeg({ quality: 85 }).toBuffer();
  return {
    sha256: crypto.createHash('sha256').update(data).digest('hex'),
    mime,
    width: WIDTH,
    height: HEIGHT,
    byte_size: data.length,
    data,
    alt_text: caption,
    created_at: now,
  };
}
