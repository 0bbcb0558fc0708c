import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { ChartImage, Ctx, PreparedImage } from './context';
import { caption } from './blocks';
import { CONTENT_WIDTH, twipsToPx } from './page';

/** Fits (w, h) inside a box, keeping the ratio; integer pixels (Word wants integer EMU). */
export function fit(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / width, maxHeight / height, 1);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function pictureRun(image: PreparedImage, maxWidth: number, maxHeight: number, alt: string): ImageRun {
  const size = fit(image.width, image.height, maxWidth, maxHeight);
  return new ImageRun({ type: image.type, data: image.data, transformation: size, altText: { name: alt.slice(0, 120), description: alt.slice(0, 500), title: alt.slice(0, 120) } });
}

/** A chart across the text width: SVG with its PNG fallback, then a numbered caption. */
export function chartBlock(ctx: Ctx, chart: ChartImage | undefined, captionText: string, widthShare = 1): Paragraph[] {
  if (!chart) return [];
  const maxWidth = twipsToPx(CONTENT_WIDTH * widthShare);
  const size = fit(chart.width, chart.height, maxWidth, 560);
  const scaled = { width: maxWidth, height: Math.round((chart.height / chart.width) * maxWidth) };
  const transformation = chart.width < maxWidth ? size : scaled;
  const alt = ctx.fmt.text(captionText);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0, line: 240, lineRule: 'auto' },
      children: [
        new ImageRun({
          type: 'svg',
          data: chart.svg,
          fallback: { type: 'png', data: chart.png },
          transformation,
          altText: { name: alt.slice(0, 120), description: alt.slice(0, 500), title: alt.slice(0, 120) },
        }),
      ],
    }),
    caption(ctx, 'figure', captionText),
  ];
}
