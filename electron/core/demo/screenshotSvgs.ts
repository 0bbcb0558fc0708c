import { bench, gardenSet, rect, SANS, SERIF, svg, text, tree } from './svgKit';

const BROWN = '#5b3a1e';
const CREAM = '#f6f1e7';

/** The client's current home page, desktop, as the audit captured it: a showcase with no way to buy. */
export function homePageSvg(): string {
  const W = 1280;
  const H = 800;
  const products = ['Salon Loire', 'Banc Layon', 'Bain de soleil Aubance'];
  return svg(
    W,
    H,
    [
      rect(0, 0, W, H, '#ffffff'),
      // Browser chrome
      rect(0, 0, W, 44, '#dfe1e5'),
      '<circle cx="22" cy="22" r="6" fill="#ff5f57"/><circle cx="42" cy="22" r="6" fill="#febc2e"/><circle cx="62" cy="22" r="6" fill="#28c840"/>',
      rect(100, 9, 760, 26, '#ffffff', 'rx="13"'),
      text(120, 27, 'www.ateliers-verdier.fr', { size: 14, fill: '#444' }),
      // Header
      rect(0, 44, W, 70, '#ffffff'),
      text(40, 90, 'ATELIERS VERDIER', { size: 24, weight: 'bold', fill: BROWN, family: SERIF }),
      ...['Nos collections', 'Notre histoire', 'Revendeurs', 'Contact'].map((item, index) =>
        text(640 + index * 150, 86, item, { size: 16, fill: '#333' }),
      ),
      rect(0, 113, W, 1, '#d8d2c4'),
      // Hero
      '<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#bcd9ee"/><stop offset="1" stop-color="#e9f2f7"/></linearGradient></defs>',
      rect(0, 114, W, 380, 'url(#sky)'),
      rect(0, 404, W, 90, '#7aa35a'),
      tree(1120, 250, 1.3),
      tree(980, 300, 0.9),
      gardenSet(700, 300, 1.1),
      bench(420, 350, 0.9),
      rect(40, 170, 560, 190, 'rgba(255,255,255,0.82)', 'rx="6"'),
      text(70, 225, 'Mobilier d’extérieur en bois', { size: 34, weight: 'bold', fill: BROWN, family: SERIF }),
      text(70, 265, 'fabriqué en Anjou depuis 1978', { size: 34, weight: 'bold', fill: BROWN, family: SERIF }),
      text(70, 300, 'Chêne et douglas issus de forêts gérées durablement.', { size: 17, fill: '#444' }),
      rect(70, 318, 230, 30, '#8c8c8c', 'rx="3"'),
      text(185, 339, 'Trouver un revendeur (PDF)', { size: 14, fill: '#fff', anchor: 'middle' }),
      // Product strip, no prices and no basket
      rect(0, 494, W, 306, CREAM),
      text(40, 540, 'Nos collections', { size: 24, weight: 'bold', fill: BROWN, family: SERIF }),
      ...products.map((name, index) => {
        const x = 40 + index * 410;
        return [
          rect(x, 560, 380, 170, '#ffffff', 'stroke="#e2dccd"'),
          index === 1 ? bench(x + 110, 585, 0.8) : gardenSet(x + 70, 585, 0.9),
          text(x, 760, name, { size: 18, weight: 'bold', fill: '#333' }),
          text(x, 784, 'Prix : nous consulter', { size: 14, fill: '#888' }),
        ].join('');
      }),
      // An old cookie banner covering the bottom right
      rect(860, 700, 400, 84, '#333333', 'rx="4" opacity="0.92"'),
      text(880, 730, 'Ce site utilise des cookies.', { size: 14, fill: '#fff' }),
      rect(880, 745, 90, 26, '#bbbbbb', 'rx="2"'),
      text(925, 763, 'OK', { size: 13, fill: '#222', anchor: 'middle' }),
    ].join(''),
  );
}

/** The « Salon Loire » product page on a phone: menu over the logo, text and price cut off. */
export function mobileProductSvg(): string {
  const W = 390;
  const H = 844;
  return svg(
    W,
    H,
    [
      rect(0, 0, W, H, '#ffffff'),
      rect(0, 0, W, 44, '#f2f2f2'),
      text(20, 29, '9:41', { size: 15, weight: 'bold', fill: '#111' }),
      rect(300, 16, 70, 14, '#cfcfcf', 'rx="3"'),
      rect(0, 44, W, 40, '#e8e8e8'),
      text(W / 2, 69, 'ateliers-verdier.fr/salon-loire', { size: 13, fill: '#444', anchor: 'middle' }),
      // Header too wide: logo pushed under the burger menu
      rect(0, 84, W, 60, '#ffffff'),
      text(-40, 124, 'ATELIERS VERDIER  Nos collections  Notre histoire', {
        size: 22,
        weight: 'bold',
        fill: BROWN,
        family: SERIF,
      }),
      rect(330, 96, 44, 36, '#5b3a1e', 'rx="4"'),
      rect(340, 106, 24, 3, '#fff'),
      rect(340, 113, 24, 3, '#fff'),
      rect(340, 120, 24, 3, '#fff'),
      // Product image, too small and off-centre
      rect(0, 150, W, 250, CREAM),
      gardenSet(40, 210, 0.85),
      text(20, 440, 'Salon Loire, table et six chaises en chêne mas', {
        size: 24,
        weight: 'bold',
        fill: '#222',
        family: SERIF,
      }),
      text(20, 475, 'Table 200 × 100 cm, assemblages tenon-mortaise, huile nat', { size: 15, fill: '#444' }),
      text(20, 498, 'urelle. Bois séché deux ans. Garantie dix ans sur la struc', { size: 15, fill: '#444' }),
      rect(20, 520, 350, 1, '#ddd'),
      text(20, 555, 'Prix : nous consulter', { size: 18, fill: '#999' }),
      rect(20, 580, 420, 48, '#8c8c8c', 'rx="4"'),
      text(40, 610, 'Télécharger la liste des revendeurs (PDF, 4,2 Mo)', { size: 15, fill: '#fff' }),
      text(20, 670, 'Caractéristiques', { size: 18, weight: 'bold', fill: '#222' }),
      ...['Essence : chêne de France', 'Poids : 118 kg', 'Livraison : voir avec votre revendeur'].map((line, index) =>
        text(20, 700 + index * 26, `• ${line}`, { size: 15, fill: '#444' }),
      ),
      rect(0, 790, W, 54, '#222', 'opacity="0.9"'),
      text(20, 822, 'Ce site utilise des cookies. En poursuivant…', { size: 13, fill: '#fff' }),
    ].join(''),
  );
}

/** The Instagram profile: handsome workshop pictures, few products shown in a garden. */
export function instagramProfileSvg(): string {
  const W = 720;
  const H = 900;
  const tiles: string[] = [];
  const palettes = ['#c99a6b', '#8fae7a', '#d9c3a1', '#a7784d', '#6f8f5b', '#e1d2b8', '#b5865a', '#7c9c66', '#cdb490'];
  palettes.forEach((colour, index) => {
    const x = 6 + (index % 3) * 238;
    const y = 330 + Math.floor(index / 3) * 188;
    tiles.push(rect(x, y, 232, 182, colour));
    if (index % 3 === 0) tiles.push(bench(x + 36, y + 50, 0.8, '#f0dcc0', '#5b3a1e'));
    else if (index % 3 === 1) tiles.push(tree(x + 116, y + 40, 0.9));
    else
      tiles.push(
        rect(x + 30, y + 80, 172, 10, '#5b3a1e') +
          rect(x + 30, y + 100, 172, 10, '#7a4f28') +
          rect(x + 30, y + 120, 172, 10, '#5b3a1e'),
      );
  });
  return svg(
    W,
    H,
    [
      rect(0, 0, W, H, '#ffffff'),
      text(W / 2, 40, 'ateliersverdier', { size: 22, weight: 'bold', fill: '#111', anchor: 'middle' }),
      rect(0, 58, W, 1, '#dbdbdb'),
      '<circle cx="90" cy="140" r="62" fill="#f6f1e7" stroke="#d6249f" stroke-width="4"/>',
      text(90, 148, 'AV', { size: 34, weight: 'bold', fill: BROWN, family: SERIF, anchor: 'middle' }),
      ...[
        ['24', 'publications'],
        ['1 900', 'abonnés'],
        ['180', 'suivi(e)s'],
      ].map(
        ([value, label], index) =>
          text(260 + index * 150, 130, value ?? '', { size: 22, weight: 'bold', fill: '#111', anchor: 'middle' }) +
          text(260 + index * 150, 156, label ?? '', { size: 15, fill: '#555', anchor: 'middle' }),
      ),
      text(28, 236, 'Les Ateliers Verdier', { size: 16, weight: 'bold', fill: '#111' }),
      text(28, 260, 'Mobilier d’extérieur en bois, fabriqué en Anjou depuis 1978', {
        size: 15,
        fill: '#222',
        family: SANS,
      }),
      text(28, 283, 'Trouvez un revendeur près de chez vous', { size: 15, fill: '#00376b' }),
      rect(0, 310, W, 1, '#dbdbdb'),
      ...tiles,
      rect(0, 870, W, 30, '#fafafa'),
    ].join(''),
  );
}
