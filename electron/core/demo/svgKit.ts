/** Small helpers to draw the demo's mock images as SVG text. */
export const SANS = 'Liberation Sans, Arial, DejaVu Sans, sans-serif';
export const SERIF = 'Liberation Serif, Georgia, DejaVu Serif, serif';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

export function text(
  x: number,
  y: number,
  content: string,
  options: { size?: number; fill?: string; weight?: string; family?: string; anchor?: 'start' | 'middle' | 'end' } = {},
): string {
  const { size = 16, fill = '#222', weight = 'normal', family = SANS, anchor = 'start' } = options;
  return `<text x="${x}" y="${y}" font-family="${family}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string, extra = ''): string {
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${fill}" ${extra}/>`;
}

/** A wooden garden bench seen from the front, scaled from a 200×110 drawing. */
export function bench(x: number, y: number, scale: number, wood = '#b07a45', dark = '#7a4f28'): string {
  return `<g transform="translate(${x} ${y}) scale(${scale})">
    <rect x="10" y="0" width="180" height="14" rx="3" fill="${wood}"/>
    <rect x="10" y="20" width="180" height="14" rx="3" fill="${wood}"/>
    <rect x="0" y="52" width="200" height="16" rx="3" fill="${wood}"/>
    <rect x="16" y="0" width="10" height="110" fill="${dark}"/>
    <rect x="174" y="0" width="10" height="110" fill="${dark}"/>
    <rect x="40" y="68" width="10" height="42" fill="${dark}"/>
    <rect x="150" y="68" width="10" height="42" fill="${dark}"/>
  </g>`;
}

/** A garden table with two chairs, scaled from a 260×120 drawing. */
export function gardenSet(x: number, y: number, scale: number, wood = '#c08a55', dark = '#8a5a30'): string {
  return `<g transform="translate(${x} ${y}) scale(${scale})">
    <rect x="60" y="40" width="140" height="12" rx="2" fill="${wood}"/>
    <rect x="72" y="52" width="8" height="68" fill="${dark}"/>
    <rect x="180" y="52" width="8" height="68" fill="${dark}"/>
    <rect x="0" y="10" width="8" height="110" fill="${dark}"/>
    <rect x="0" y="66" width="48" height="8" fill="${wood}"/>
    <rect x="40" y="74" width="8" height="46" fill="${dark}"/>
    <rect x="252" y="10" width="8" height="110" fill="${dark}"/>
    <rect x="212" y="66" width="48" height="8" fill="${wood}"/>
    <rect x="212" y="74" width="8" height="46" fill="${dark}"/>
  </g>`;
}

/** A simple deciduous tree. */
export function tree(x: number, y: number, scale: number): string {
  return `<g transform="translate(${x} ${y}) scale(${scale})">
    <rect x="-8" y="40" width="16" height="70" fill="#6b4a2b"/>
    <circle cx="0" cy="20" r="45" fill="#4f7d3a"/><circle cx="-30" cy="40" r="30" fill="#5d8f45"/><circle cx="30" cy="42" r="32" fill="#46703a"/>
  </g>`;
}
