import { chartKey } from '../charts/buildCharts';
import type { Block } from '../kit/document';
import { caption, emptyNote, h1, h2, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { chartBlock } from '../kit/images';
import { dataTable, type Column } from '../kit/tables';
import { meanScore } from '../snapshot/audit';

/** Competitors studied, the comparison grid by channel, the chart, and what to learn from them. */
export function benchmarkSection(ctx: Ctx, options: { newPage?: boolean } = {}): Block[] {
  const L = ctx.L.bench;
  const { competitors, learnings } = ctx.snap.benchmark;
  const out: Block[] = [h1(ctx, ctx.L.sections.benchmark, { newPage: options.newPage ?? true })];
  if (!competitors.length) return [...out, emptyNote(ctx)];
  out.push(h2(ctx, L.competitors));
  out.push(
    dataTable(
      ctx,
      [
        { header: ctx.lang === 'fr' ? 'Concurrent' : 'Competitor', share: 2.5 },
        { header: L.positioning, share: 6 },
        { header: L.website, share: 3 },
      ],
      competitors.map((c) => [{ text: c.name, bold: true }, c.positioning || c.notes, c.website]),
    ),
  );
  // The grid by channel (mean of the channel's criteria) stays readable with 6 columns of names.
  const shown = competitors.slice(0, 5);
  out.push(h2(ctx, L.grid));
  const columns: Column[] = [
    { header: ctx.L.audit.channel, share: 3 },
    { header: ctx.snap.engagement.info.clientName, share: 1.6, align: 'center' },
    ...shown.map((c) => ({ header: c.name, share: 1.6, align: 'center' as const })),
  ];
  const score = (value: number | null) => (value === null ? '–' : ctx.fmt.number(value, 1));
  const rows = ctx.snap.audit.channels.map((channel) => {
    const ids = new Set(channel.criteria.map((c) => c.id));
    const values = shown.map((c) => meanScore(c.scores.filter((s) => ids.has(s.criterionId))));
    const all = [channel.score, ...values];
    const best = Math.max(...all.map((v) => v ?? -1));
    return [
      { text: channel.name, bold: true },
      ...all.map((v) => (v !== null && v === best && best > 0 ? { text: score(v), bold: true, color: ctx.theme.secondary } : score(v))),
    ];
  });
  out.push(dataTable(ctx, columns, rows));
  out.push(caption(ctx, 'table', ctx.lang === 'fr' ? 'Note moyenne par canal (sur 5) ; en couleur, la meilleure' : 'Average score by channel (out of 5); in colour, the best'));
  out.push(...chartBlock(ctx, ctx.assets.charts[chartKey.benchmarkBars], L.chartCaption));
  out.push(...chartBlock(ctx, ctx.assets.charts[chartKey.benchmarkRadar], ctx.lang === 'fr' ? 'Profils comparés (sur 5)' : 'Compared profiles (out of 5)', 0.8));
  out.push(h2(ctx, L.learnings));
  if (!learnings.length) out.push(emptyNote(ctx));
  else {
    const nameOf = (id: number | null) => competitors.find((c) => c.id === id)?.name ?? '';
    out.push(
      dataTable(
        ctx,
        [
          { header: ctx.lang === 'fr' ? 'Type' : 'Kind', share: 1.8 },
          { header: L.learnings, share: 6 },
          { header: ctx.lang === 'fr' ? 'Source' : 'Source', share: 2 },
          { header: ctx.lang === 'fr' ? 'Pour le client' : 'For the client', share: 2 },
        ],
        learnings.map((l) => [L.kinds[l.kind], l.judgement ? `${l.text}\n${l.judgement}` : l.text, nameOf(l.competitorId), L.fits[l.fit]]),
      ),
    );
  }
  if (competitors.length > shown.length) {
    out.push(p(ctx, ctx.lang === 'fr' ? `${competitors.length - shown.length} autres concurrents figurent dans la liste ci-dessus.` : `${competitors.length - shown.length} more competitors appear in the list above.`, { style: 'Muted' }));
  }
  return out;
}
