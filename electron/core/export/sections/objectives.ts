import type { Block } from '../kit/document';
import { emptyNote, h1, h2 } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { dataTable } from '../kit/tables';

/** SMART objectives by horizon: statement, KPI, baseline → target, deadline, owner. */
export function objectivesSection(ctx: Ctx, options: { newPage?: boolean } = {}): Block[] {
  const L = ctx.L.objective;
  const out: Block[] = [h1(ctx, ctx.L.sections.objectives, { newPage: options.newPage ?? true })];
  const list = ctx.snap.objectives.objectives.filter((o) => o.status !== 'dropped');
  if (!list.length) return [...out, emptyNote(ctx)];
  for (const horizon of ['short', 'medium', 'long'] as const) {
    const items = list.filter((o) => o.horizon === horizon);
    if (!items.length) continue;
    out.push(h2(ctx, L.horizons[horizon]));
    out.push(
      dataTable(
        ctx,
        [
          { header: L.statement, share: 4.4 },
          { header: L.kpi, share: 2.4 },
          { header: L.baseline, share: 1.7, align: 'right' },
          { header: L.target, share: 1.7, align: 'right' },
          { header: L.deadline, share: 1.8, align: 'center' },
          { header: L.owner, share: 1.7 },
        ],
        items.map((o) => [
          { text: o.statement, bold: true },
          o.kpiLabel,
          ctx.fmt.withUnit(o.baseline, o.unit),
          ctx.fmt.withUnit(o.target, o.unit),
          ctx.fmt.date(o.deadline),
          o.owner,
        ]),
      ),
    );
  }
  return out;
}
