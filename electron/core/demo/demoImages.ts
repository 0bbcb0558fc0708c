import crypto from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { AVATARS, avatarSvg, logoSvg } from './avatarSvgs';
import { at } from './demoClock';
import { IMAGE } from './demoIds';
import type { DemoRow } from './insertRows';
import { homePageSvg, instagramProfileSvg, mobileProductSvg } from './screenshotSvgs';

/** Screenshots stay light so the demo file and the deliverables built from it stay small. */
const MAX_IMAGE_BYTES = 150 * 1024;

const SOURCES: { id: number; alt: string; svg: () => string; created: string }[] = [
  { id: IMAGE.logo, alt: 'Logo des Ateliers Verdier', svg: logoSvg, created: '2026-01-26 10:18' },
  {
    id: IMAGE.homeShot,
    alt: 'Capture de la page d’accueil du site actuel',
    svg: homePageSvg,
    created: '2026-03-02 15:10',
  },
  {
    id: IMAGE.mobileShot,
    alt: 'Capture de la fiche produit Salon Loire sur téléphone',
    svg: mobileProductSvg,
    created: '2026-03-02 15:22',
  },
  {
    id: IMAGE.instagramShot,
    alt: 'Capture du profil Instagram @ateliersverdier',
    svg: instagramProfileSvg,
    created: '2026-03-03 11:40',
  },
  {
    id: IMAGE.nathalie,
    alt: 'Portrait illustré de Nathalie',
    svg: () => avatarSvg(AVATARS.nathalie),
    created: '2026-03-12 10:05',
  },
  {
    id: IMAGE.romain,
    alt: 'Portrait illustré de Romain',
    svg: () => avatarSvg(AVATARS.romain),
    created: '2026-03-12 10:06',
  },
  {
    id: IMAGE.sophie,
    alt: 'Portrait illustré de Sophie',
    svg: () => avatarSvg(AVATARS.sophie),
    created: '2026-03-12 10:07',
  },
];

/**
 * Renders the mock screenshots, avatars and logo to PNG with resvg (synchronous,
 * so it can run before the file's single transaction). Same SVG and same fonts
 * give the same bytes; text uses Liberation fonts when installed.
 */
export function renderDemoImages(): DemoRow[] {
  return SOURCES.map((source) => {
    const rendered = new Resvg(source.svg(), {
      font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
      background: 'white',
    }).render();
    const png = Buffer.from(rendered.asPng());
    if (png.length > MAX_IMAGE_BYTES) throw new Error(`demo image ${source.id} is ${png.length} bytes`);
    return {
      id: source.id,
      sha256: crypto.createHash('sha256').update(png).digest('hex'),
      mime: 'image/png',
      width: rendered.width,
      height: rendered.height,
      byte_size: png.length,
      data: png,
      alt_text: source.alt,
      created_at: at(source.created),
    };
  });
}
