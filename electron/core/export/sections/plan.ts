import { chartKey } from '../charts/buildCharts';
import { budgetByPhase } from '../charts/chartData';
import type { Block } from '../kit/document';
import { caption, emptyNote, h1, h2, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { chartBlock } from '../kit/images';
import { dataTable } from '../kit/tables';
import { actualBudget, phaseName, plannedBudget } from './planFigures';

/** Actions table: the header row repeats on each page and rows never split. */
export function actionsTable(ctx: Ctx): Block[] {
  const L = ctx.L.plan;
  const actions = ctx.snap.plan.actions.filter((a) => a.status !== 'dropped');
  if (!actions.length) return [emptyNote(ctx)];
  const owner = (a: (typeof actions)[number]) => a.provider || a.ownerName || L.owners[a.ownerKind];
  return [
    dataTable(
      ctx,
      [
        { header: L.action, share: 5 },
        { header: L.phase, share: 2.2 },
        { header: L.owner, share: 2.2 },
        { header: L.dates, share: 2.4, align: 'center' },
        { header: L.budget, share: 1.8, align: 'right' },
        { header: L.status, share: 1.6, align: 'center' },
      ],
      actions.map((a) => [
        { text: a.channel ? `${a.title}\n${a.channel}` : a.title, bold: false },
        phaseName(ctx.snap, a.phaseId, L.noPhase),
        owner(a),
        ctx.fmt.range(a.startDate, a.endDate),
        ctx.fmt.money(a.budgetPlannedCents),
        L.statuses[a.status],
      ]),
    ),
    caption(ctx, 'table', ctx.lang === 'fr' ? 'Actions du plan' : 'Actions of the plan'),
  ];
}

export function budgetBlocks(ctx: Ctx): Block[] {
  const L = ctx.L.plan;
  const groups = budgetByPhase(ctx.snap, ctx.L);
  if (!groups.length) return [emptyNote(ctx)];
  const total = plannedBudget(ctx.snap);
  const actual = actualBudget(ctx.snap);
  return [
    dataTable(
      ctx,
      [
        { header: L.phase, share: 5 },
        { header: L.planned, share: 2, align: 'right' },
        { header: L.actual, share: 2, align: 'right' },
        { header: '%', share: 1.2, align: 'right' },
      ],
      [
        ...groups.map((g) => [g.name, ctx.fmt.money(g.planned), ctx.fmt.money(g.actual), total ? ctx.fmt.percent(g.planned / total) : '–']),
        [
          { text: ctx.L.total, bold: true, fill: ctx.theme.tint },
          { text: ctx.fmt.money(total), bold: true, fill: ctx.theme.tint },
          { text: ctx.fmt.money(actual), bold: true, fill: ctx.theme.tint },
          { text: total ? '100 %'.replace(' ', ctx.lang === 'fr' ? '\u202f' : '') : '–', bold: true, fill: ctx.theme.tint },
        ],
      ],
    ),
    caption(ctx, 'table', L.byPhase),
    ...chartBlock(ctx, ctx.assets.charts[chartKey.budget], L.budgetCaption),
  ];
}

export function kpiBlocks(ctx: Ctx): Block[] {
  const L = ctx.L.plan;
  const objectives = ctx.snap.objectives.objectives.filter((o) => o.status !== 'dropped' && (o.kpiLabel || o.target !== null));
  if (!objectives.length) return [emptyNote(ctx)];
  const out: Block[] = [
    dataTable(
      ctx,
      [
        { header: L.kpi, share: 4 },
        { header: ctx.L.objective.baseline, share: 1.8, align: 'right' },
        { header: L.target, share: 1.8, align: 'right' },
        { header: L.measured, share: 2.4, align: 'right' },
        { header: ctx.L.objective.deadline, share: 2, align: 'center' },
      ],
      objectives.map((o) => {
        const last = o.measurements[o.measurements.length - 1];
        return [
          o.kpiLabel || o.statement,
          ctx.fmt.withUnit(o.baseline, o.unit),
          ctx.fmt.withUnit(o.target, o.unit),
          last ? `${ctx.fmt.withUnit(last.value, o.unit)} (${ctx.fmt.shortDate(last.measuredOn)})` : '–',
          ctx.fmt.date(o.deadline),
        ];
      }),
    ),
  ];
  for (const o of objectives) out.push(...chartBlock(ctx, ctx.assets.charts[chartKey.kpi(o.id)], L.kpiCaption(o.kpiLabel || o.statement), 0.75));
  return out;
}

export function approvalBlocks(ctx: Ctx): Block[] {
  const L = ctx.L.plan;
  const last = ctx.snap.plan.approvals[ctx.snap.plan.approvals.length - 1];
  if (!last) return [p(ctx, L.notSubmitted)];
  const out: Block[] = [p(ctx, L.approvalLine(L.approvals[last.status], last.decidedBy, last.decidedOn ? ctx.fmt.date(last.decidedOn) : last.submittedOn ? ctx.fmt.date(last.submittedOn) : ''), { bold: true })];
  if (last.comment) out.push(p(ctx, last.comment, { italics: true }));
  return out;
}

export function risksBlocks(ctx: Ctx): Block[] {
  const L = ctx.L.risk;
  const risks = ctx.snap.plan.risks;
  if (!risks.length) return [emptyNote(ctx)];
  return [
    dataTable(
      ctx,
      [
        { header: L.risk, share: 4 },
        { header: L.probability, share: 1.5, align: 'center' },
        { header: L.impact, share: 1.3, align: 'center' },
        { header: L.mitigation, share: 5 },
        { header: ctx.L.plan.status, share: 1.5, align: 'center' },
      ],
      risks.map((r) => [r.description ? `${r.title}\n${r.description}` : r.title, `${r.probability} / 5`, `${r.impact} / 5`, r.mitigation, L.statuses[r.status]]),
    ),
  ];
}

/** The plan: actions, calendar, budget, KPIs, approval, risks. */
export function planSection(ctx: Ctx, options: { newPage?: boolean } = {}): Block[] {
  const L = ctx.L;
  return [
    h1(ctx, L.sections.plan, { newPage: options.newPage ?? true }),
    ...actionsTable(ctx),
    ...(ctx.assets.charts[chartKey.timeline] ? [h2(ctx, ctx.lang === 'fr' ? 'Calendrier' : 'Timeline'), ...chartBlock(ctx, ctx.assets.charts[chartKey.timeline], L.plan.timelineCaption)] : []),
    h2(ctx, L.sections.budget),
    ...budgetBlocks(ctx),
    h2(ctx, L.sections.kpis),
    ...kpiBlocks(ctx),
    h2(ctx, L.sections.approval),
    ...approvalBlocks(ctx),
    h2(ctx, L.sections.risks),
    ...risksBlocks(ctx),
  ];
}
