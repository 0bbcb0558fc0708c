import { renderAsync } from '@resvg/resvg-js';
import type { Series } from '../../../../src/charts/chartProps';
import type { ChartImage } from '../kit/context';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const LEGEND_HEIGHT = 30;

/** PNG at 2.5× the drawing's CSS size: ≥ 150 dpi at any width the deliverables print it. */
const PNG_ZOOM = 2.5;

/**
 * Wraps the chart's SVG in a standalone document (xmlns, white background, a legend drawn
 * in SVG since recharts' own is HTML) and rasterises a PNG fallback with resvg, off the
 * JavaScript thread.
 */
export async function toChartImage(inner: string, options: { width: number; height: number; fontFamily: string; legend?: Series[] }): Promise<ChartImage> {
  const legend = options.legend?.length ? options.legend : [];
  // Legend items flow in rows no wider than the chart (six competitors' names do not fit one row).
  const rows: { x: number; label: string; color: string }[][] = [];
  let row: { x: number; label: string; color: string }[] = [];
  let rowWidth = 0;
  for (const item of legend) {
    const label = escapeXml(item.label.length > 28 ? `${item.label.slice(0, 27)}…` : item.label);
    const itemWidth = 30 + label.length * 6.4;
    if (row.length && rowWidth + itemWidth > options.width - 20) {
      rows.push(row);
      row = [];
      rowWidth = 0;
    }
    row.push({ x: rowWidth, label, color: escapeXml(item.color) });
    rowWidth += itemWidth;
  }
  if (row.length) rows.push(row);
  const top = rows.length * (LEGEND_HEIGHT - 8) + (rows.length ? 8 : 0);
  const width = options.width;
  const height = options.height + top;
  // Inline the chart's own <svg> as a translated group: LibreOffice draws nested <svg> elements wrongly.
  const open = inner.indexOf('>');
  const content = inner.slice(open + 1, inner.lastIndexOf('</svg>'));
  const body = `<g transform="translate(0,${top})">${content}</g>`;
  const legendGroup = rows
    .map((items, index) => {
      const width = items.length ? items[items.length - 1]!.x + 30 + items[items.length - 1]!.label.length * 6.4 : 0;
      const groups = items.map((it) => `<g transform="translate(${it.x},0)"><rect width="12" height="12" rx="2" fill="${it.color}"/><text x="17" y="10.5" font-size="12" fill="#262626">${it.label}</text></g>`);
      return `<g transform="translate(${Math.max(0, (options.width - width) / 2)},${8 + index * (LEGEND_HEIGHT - 8)})">${groups.join('')}</g>`;
    })
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(options.fontFamily)}">` +
    `<rect width="100%" height="100%" fill="#FFFFFF"/>${legendGroup}${body}</svg>`;
  const families = options.fontFamily.split(',').map((f) => f.trim());
  const rendered = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
    background: '#FFFFFF',
    font: { loadSystemFonts: true, defaultFontFamily: families[families.length - 1] ?? 'Carlito', sansSerifFamily: 'Carlito' },
  });
  const png = rendered.asPng();
  return { svg: new Uint8Array(Buffer.from(svg, 'utf8')), png: new Uint8Array(png), width, height };
}
