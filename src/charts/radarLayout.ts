import { blockWidth, LINE_HEIGHT, wrapLabel } from './labelLayout';

/** Gap between the outer ring and its label (recharts' default tick size). */
export const RADAR_TICK_GAP = 8;
const EDGE = 6;
const MAX_CHARS = 16;
const COS_45 = Math.SQRT1_2;

export interface RadarLabel {
  lines: string[];
  /** Degrees, recharts' convention: 90 is the top spoke, then clockwise. */
  angle: number;
  anchor: 'start' | 'middle' | 'end';
  vertical: 'above' | 'middle' | 'below';
}

export interface RadarLayout {
  cx: number;
  cy: number;
  radius: number;
  labels: RadarLabel[];
  /** Where the 0–5 scale is written: halfway between the first two spokes, so « 5 » never sits on a label. */
  scaleAngle: number;
}

/**
 * Sizes the radar so every wrapped axis label fits inside the drawing: for each spoke, the
 * largest radius whose label still stays within the width and height, and the smallest of those wins.
 */
export function radarLayout(axes: string[], width: number, height: number, fontSize: number): RadarLayout {
  const n = Math.max(axes.length, 1);
  const cx = width / 2;
  const cy = height / 2;
  const lineHeight = fontSize * LINE_HEIGHT;
  let radius = Math.min(cx, cy) - EDGE - RADAR_TICK_GAP;
  const labels = axes.map((text, i): RadarLabel => {
    const angle = 90 - (i * 360) / n;
    const cos = Math.cos((angle * Math.PI) / 180);
    const sin = Math.sin((angle * Math.PI) / 180);
    const lines = wrapLabel(text, MAX_CHARS);
    const w = blockWidth(lines, fontSize);
    const h = lines.length * lineHeight;
    const anchor = cos > 1e-5 ? 'start' : cos < -1e-5 ? 'end' : 'middle';
    const vertical = Math.abs(cos) <= COS_45 ? (sin > 0 ? 'above' : 'below') : 'middle';
    // Horizontal room: a side label runs outward from its spoke; a centred one spreads both ways.
    if (anchor !== 'middle') radius = Math.min(radius, (cx - EDGE - w) / Math.abs(cos) - RADAR_TICK_GAP);
    // Vertical room: a top or bottom label stacks outward; a side label is centred on its spoke.
    const outward = vertical === 'middle' ? h / 2 : h;
    if (Math.abs(sin) > 1e-5) radius = Math.min(radius, (cy - EDGE - outward) / Math.abs(sin) - RADAR_TICK_GAP);
    return { lines, angle, anchor, vertical };
  });
  return { cx, cy, radius: Math.max(40, Math.floor(radius)), labels, scaleAngle: 90 - 180 / n };
}

/** The `dy` of a wrapped label's first line, from where its block sits against the anchor point. */
export function firstLineOffset(label: RadarLabel, fontSize: number): number {
  const lineHeight = fontSize * LINE_HEIGHT;
  const extra = (label.lines.length - 1) * lineHeight;
  if (label.vertical === 'above') return -extra - fontSize * 0.25;
  if (label.vertical === 'below') return fontSize * 0.9;
  return fontSize * 0.35 - extra / 2;
}
