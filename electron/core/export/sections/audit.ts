import { AlignmentType, Paragraph } from 'docx';
import { chartKey } from '../charts/buildCharts';
import type { Block } from '../kit/document';
import { bullets, caption, emptyNote, h1, h2, h3, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { chartBlock, pictureRun } from '../kit/images';
import { CONTENT_WIDTH, twipsToPx } from '../kit/page';
import { dataTable } from '../kit/tables';
import type { SnapshotChannel } from '../snapshot';

/** Screenshots printed per channel: more would turn the audit into an album. */
export const SCREENSHOTS_PER_CHANNEL = 4;

const scoreText = (ctx: Ctx, score: number | null) => (score === null ? ctx.L.audit.na : `${ctx.fmt.number(score, 1)} / 5`);

function channelBlocks(ctx: Ctx, channel: SnapshotChannel): Block[] {
  const L = ctx.L.audit;
  const out: Block[] = [h2(ctx, `${channel.name} — ${scoreText(ctx, channel.score)}`)];
  if (channel.summary) out.push(p(ctx, channel.summary));
  if (channel.criteria.length) {
    out.push(
      dataTable(
        ctx,
        [
          { header: L.criterion, share: 3.2 },
          { header: L.score, share: 1, align: 'center' },
          { header: L.evidence, share: 6 },
        ],
        channel.criteria.map((c) => [
          c.label,
          c.notApplicable ? L.na : c.score === null ? '–' : `${c.score} / 5`,
          [c.evidence, c.evidenceFigures].filter(Boolean).join(' — '),
        ]),
      ),
    );
  }
  if (channel.metrics.length) {
    out.push(h3(ctx, L.metrics));
    out.push(...bullets(ctx, channel.metrics.map((m) => `${m.label} : ${ctx.fmt.withUnit(m.value, m.unit)}${m.source ? ` (${m.source})` : ''}`)));
  }
  out.push(h3(ctx, L.strengths));
  out.push(...(channel.strengths.length ? bullets(ctx, channel.strengths.map((s) => s.text)) : [emptyNote(ctx)]));
  out.push(h3(ctx, L.improvements));
  out.push(...(channel.improvements.length ? bullets(ctx, channel.improvements.map((s) => s.text)) : [emptyNote(ctx)]));
  for (const image of channel.images.slice(0, SCREENSHOTS_PER_CHANNEL)) {
    const prepared = ctx.assets.images[image.imageId];
    if (!prepared) continue;
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120 }, children: [pictureRun(prepared, twipsToPx(CONTENT_WIDTH) * 0.8, 360, image.caption || channel.name)] }));
    out.push(caption(ctx, 'figure', image.caption || channel.name));
  }
  if (channel.recommendations.length) {
    out.push(h3(ctx, L.recommendations));
    out.push(recommendationsTable(ctx, channel.recommendations));
  }
  return out;
}

export function recommendationsTable(ctx: Ctx, list: SnapshotChannel['recommendations'], withChannel?: (id: number) => string): Block {
  const L = ctx.L.audit;
  const level = (n: number) => '●'.repeat(n) + '○'.repeat(3 - n);
  return dataTable(
    ctx,
    [
      ...(withChannel ? [{ header: L.channel, share: 2 }] : []),
      { header: L.recommendations, share: 6 },
      { header: ctx.L.objective.priority, share: 1.5, align: 'center' as const },
      { header: L.impact, share: 1.2, align: 'center' as const },
      { header: L.effort, share: 1.2, align: 'center' as const },
    ],
    list.map((r) => [
      ...(withChannel ? [withChannel(r.id)] : []),
      r.detail ? `${r.text}\n${r.detail}` : r.text,
      ctx.L.plan.priorities[r.priority],
      level(r.impact),
      level(r.effort),
    ]),
  );
}

/** The audit: overall radar and score table, then one sub-section per channel. */
export function auditSection(ctx: Ctx, options: { newPage?: boolean } = {}): Block[] {
  const L = ctx.L.audit;
  const channels = ctx.snap.audit.channels;
  const out: Block[] = [h1(ctx, ctx.L.sections.audit, { newPage: options.newPage ?? true })];
  if (!channels.length) return [...out, emptyNote(ctx)];
  out.push(...chartBlock(ctx, ctx.assets.charts[chartKey.auditRadar], L.radarCaption, 0.85));
  out.push(
    dataTable(
      ctx,
      [
        { header: L.channel, share: 3 },
        { header: L.score, share: 1.2, align: 'center' },
        { header: L.strengths, share: 4 },
        { header: L.improvements, share: 4 },
      ],
      channels.map((c) => [{ text: c.name, bold: true }, scoreText(ctx, c.score), c.strengths[0]?.text ?? '', c.improvements[0]?.text ?? '']),
    ),
  );
  out.push(caption(ctx, 'table', L.scoresTable));
  for (const channel of channels) out.push(...channelBlocks(ctx, channel));
  return out;
}

/** All recommendations, highest priority first, for the audit's closing chapter. */
export function recommendationsSection(ctx: Ctx): Block[] {
  const order = { high: 0, medium: 1, low: 2 } as const;
  const all = ctx.snap.audit.channels.flatMap((c) => c.recommendations.map((r) => ({ r, channel: c.name })));
  const out: Block[] = [h1(ctx, ctx.L.audit.recommendations, { newPage: true })];
  if (!all.length) return [...out, emptyNote(ctx)];
  all.sort((a, b) => order[a.r.priority] - order[b.r.priority] || b.r.impact - a.r.impact);
  const channelOf = new Map(all.map((x) => [x.r.id, x.channel]));
  out.push(recommendationsTable(ctx, all.map((x) => x.r), (id) => channelOf.get(id) ?? ''));
  return out;
}
