import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import { withChartDom } from '../../electron/core/export/charts/renderSvg';
import { AuditRadar } from '../../src/charts/AuditRadar';
import { categoryAxisLayout } from '../../src/charts/categoryAxisLayout';
import { GroupedBars } from '../../src/charts/GroupedBars';
import { textWidth, wrapLabel } from '../../src/charts/labelLayout';
import { radarLayout } from '../../src/charts/radarLayout';
import { SERIES_COLOURS } from '../../src/charts/seriesColours';

// The demo's channel names, with the long one that used to be cut (« Fiche Google Business Profil… »).
const CHANNELS = [
  'Site internet', 'Référencement naturel', 'Fiche Google Business Profile', 'Publicité Google Ads', 'Instagram',
  'Facebook', 'LinkedIn', 'Pinterest', 'Emailing et newsletter', 'Places de marché',
];
const SERIES = ['Les Ateliers Verdier', 'Maison Lorand Jardin', 'Boréal Outdoor', 'Les Bois de Quercy', 'Terrasse & Compagnie', 'Atelier Cèdre Nordique']
  .map((label, i) => ({ key: `s${i}`, label, color: SERIES_COLOURS[i]! }));
const FONT = 'Carlito, sans-serif';

const textOf = (svg: string, cls: string) => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return Array.from(doc.querySelectorAll(`.${cls} text`), (t) => Array.from(t.querySelectorAll('tspan'), (s) => s.textContent).join(' '));
};

describe('chart labels are never cut', () => {
  test('a label wraps on word boundaries and keeps every word whole', () => {
    expect(wrapLabel('Fiche Google Business Profile', 16)).toEqual(['Fiche Google', 'Business Profile']);
    expect(wrapLabel('Référencement', 5)).toEqual(['Référencement']);
    expect(wrapLabel('  ', 10)).toEqual(['']);
  });

  test('the radar is sized so every wrapped label stays inside the drawing, and the scale sits between two spokes', () => {
    for (const [width, height] of [[620, 400], [640, 420]] as const) {
      const layout = radarLayout(CHANNELS, width, height, 13);
      layout.labels.forEach((label) => {
        const rad = (label.angle * Math.PI) / 180;
        const x = layout.cx + (layout.radius + 8) * Math.cos(rad);
        const w = Math.max(...label.lines.map((l) => textWidth(l, 13)));
        const left = label.anchor === 'start' ? x : label.anchor === 'end' ? x - w : x - w / 2;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + w).toBeLessThanOrEqual(width);
      });
      expect(layout.radius).toBeGreaterThan(100);
      // Spokes at 90°, 54°…: the scale's 72° keeps « 5 » off the top label.
      expect(layout.scaleAngle).toBe(72);
    }
  });

  test('slanted bar labels widen the left margin so the first long name stays inside', () => {
    const names = ['Fiche Google Business Profile', ...CHANNELS.slice(1)];
    const axis = categoryAxisLayout(names, 40, 624, 8);
    expect(axis.slanted).toBe(true);
    const band = (624 - (axis.marginLeft + 32)) / names.length;
    const reach = textWidth(names[0]!, axis.fontSize) * Math.cos((35 * Math.PI) / 180);
    expect(axis.marginLeft + 32 + band / 2 - reach).toBeGreaterThanOrEqual(0);
    // Few wide bands: labels stay straight, wrapped under their bars.
    const few = categoryAxisLayout(['Fiche Google Business Profile', 'Site internet'], 40, 624, 8);
    expect(few.slanted).toBe(false);
  });

  test('the same components, drawn for the Word export with six series, print every name in full', async () => {
    const data = CHANNELS.map((category, i) => ({ category, ...Object.fromEntries(SERIES.map((s, k) => [s.key, (i + k) % 6])) }));
    await withChartDom(async (render) => {
      const radar = await render(createElement(AuditRadar, { data: data.map(({ category, ...rest }) => ({ axis: category, ...rest })), series: SERIES, width: 620, height: 400, fontFamily: FONT }));
      expect(radar.match(/class="recharts-layer recharts-radar"/g) ?? []).toHaveLength(6);
      expect(textOf(radar, 'recharts-polar-angle-axis-tick')).toEqual(CHANNELS);
      const bars = await render(createElement(GroupedBars, { data, series: SERIES, domain: [0, 5], width: 640, height: 380, fontFamily: FONT }));
      expect(bars.match(/class="recharts-layer recharts-bar"/g) ?? []).toHaveLength(6);
      expect(textOf(bars, 'recharts-xAxis-tick-labels')).toEqual(CHANNELS);
      expect(radar + bars).not.toContain('…');
    });
  });
});
