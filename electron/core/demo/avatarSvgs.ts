import { rect, SANS, SERIF, svg, text } from './svgKit';

export interface AvatarLook {
  background: string;
  skin: string;
  hair: string;
  shirt: string;
  /** Hair cut: long (shoulder length), short, or bun. */
  cut: 'long' | 'short' | 'bun';
  glasses?: boolean;
  beard?: boolean;
}

/** An illustrated head-and-shoulders portrait for a persona (no real person). */
export function avatarSvg(look: AvatarLook): string {
  const S = 400;
  const hairBack =
    look.cut === 'long'
      ? `<path d="M118 170 Q110 300 140 330 L260 330 Q290 300 282 170 Z" fill="${look.hair}"/>`
      : look.cut === 'bun'
        ? `<circle cx="200" cy="92" r="34" fill="${look.hair}"/>`
        : '';
  const hairTop =
    look.cut === 'short'
      ? `<path d="M132 170 Q130 100 200 96 Q270 100 268 170 Q250 128 200 128 Q150 128 132 170 Z" fill="${look.hair}"/>`
      : `<path d="M126 180 Q124 104 200 100 Q276 104 274 180 Q262 136 214 128 Q170 150 126 180 Z" fill="${look.hair}"/>`;
  const glasses = look.glasses
    ? '<g fill="none" stroke="#333" stroke-width="4"><circle cx="172" cy="190" r="18"/><circle cx="228" cy="190" r="18"/><path d="M190 190 L210 190"/></g>'
    : '';
  const beard = look.beard
    ? `<path d="M150 215 Q200 290 250 215 Q245 262 200 270 Q155 262 150 215 Z" fill="${look.hair}"/>`
    : '';
  return svg(
    S,
    S,
    [
      rect(0, 0, S, S, look.background),
      hairBack,
      `<path d="M70 400 Q80 300 200 292 Q320 300 330 400 Z" fill="${look.shirt}"/>`,
      `<rect x="178" y="240" width="44" height="60" fill="${look.skin}"/>`,
      `<ellipse cx="200" cy="190" rx="72" ry="86" fill="${look.skin}"/>`,
      hairTop,
      '<circle cx="172" cy="190" r="6" fill="#2b2b2b"/><circle cx="228" cy="190" r="6" fill="#2b2b2b"/>',
      glasses,
      beard,
      '<path d="M178 236 Q200 252 222 236" fill="none" stroke="#8a4b3a" stroke-width="5" stroke-linecap="round"/>',
    ].join(''),
  );
}

export const AVATARS: Record<'nathalie' | 'romain' | 'sophie', AvatarLook> = {
  nathalie: { background: '#e7dccb', skin: '#f1c9a5', hair: '#8c8c8c', shirt: '#2f5d62', cut: 'short', glasses: true },
  romain: { background: '#d6e4d0', skin: '#d9a27a', hair: '#3b2a1e', shirt: '#5a7d3a', cut: 'short', beard: true },
  sophie: { background: '#f0d9c8', skin: '#f3d2b8', hair: '#9b4a22', shirt: '#b5473a', cut: 'bun' },
};

/** The client's logo: an oak leaf over the name, in the workshop's brown. */
export function logoSvg(): string {
  return svg(
    580,
    160,
    [
      rect(0, 0, 580, 160, '#ffffff'),
      '<g transform="translate(70 80)"><path d="M0 -55 C20 -45 10 -30 28 -22 C44 -15 30 0 40 10 C50 22 30 30 22 42 C14 52 6 50 0 60 C-6 50 -14 52 -22 42 C-30 30 -50 22 -40 10 C-30 0 -44 -15 -28 -22 C-10 -30 -20 -45 0 -55 Z" fill="#5b3a1e"/><path d="M0 -45 L0 62" stroke="#f6f1e7" stroke-width="4"/></g>',
      text(135, 80, 'ATELIERS VERDIER', { size: 36, weight: 'bold', fill: '#5b3a1e', family: SERIF }),
      text(137, 112, 'Mobilier d’extérieur · Anjou · depuis 1978', { size: 17, fill: '#6b6b6b', family: SANS }),
    ].join(''),
  );
}
