import type { Block } from '../kit/document';
import { bullets, callout, emptyNote, h1, h2, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { plannedBudget } from './planFigures';

/** Diagnosis in a few lines: the overall audit score, what to build on, what to fix first. */
export function diagnosisLines(ctx: Ctx): string[] {
  const scored = ctx.snap.audit.channels.filter((c) => c.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  if (!scored.length) return [];
  const mean = scored.reduce((sum, c) => sum + (c.score ?? 0), 0) / scored.length;
  const lines = [ctx.L.summary.overall(ctx.fmt.number(mean, 1))];
  const best = scored.filter((c) => (c.score ?? 0) >= 3).slice(0, 2).map((c) => c.name);
  const worst = scored.filter((c) => (c.score ?? 0) < 3).slice(-3).reverse().map((c) => c.name);
  if (best.length) lines.push(ctx.L.summary.best(ctx.fmt.list(best)));
  if (worst.length) lines.push(ctx.L.summary.worst(ctx.fmt.list(worst)));
  return lines;
}

export function objectiveLines(ctx: Ctx, max = 5): string[] {
  return ctx.snap.objectives.objectives
    .filter((o) => o.status !== 'dropped')
    .slice(0, max)
    .map((o) => {
      const target = o.target !== null ? ` (${ctx.L.objective.target.toLowerCase()} ${ctx.fmt.withUnit(o.target, o.unit)}${o.deadline ? `, ${ctx.fmt.date(o.deadline)}` : ''})` : '';
      return `${o.statement}${target}`;
    });
}

export function planLines(ctx: Ctx): string[] {
  const actions = ctx.snap.plan.actions.filter((a) => a.status !== 'dropped');
  if (!actions.length) return [];
  const total = plannedBudget(ctx.snap);
  const lines = [ctx.L.summary.planLine(actions.length, ctx.fmt.money(total), Math.max(ctx.snap.plan.phases.length, 1))];
  const envelope = ctx.snap.engagement.info.budgetEnvelopeCents;
  if (envelope) lines.push(ctx.L.summary.envelope(ctx.fmt.money(envelope), ctx.fmt.percent(total / envelope)));
  return lines;
}

/** The executive summary a client reads first: diagnosis, objectives, plan and budget. */
export function executiveSummary(ctx: Ctx, parts: { diagnosis?: boolean; objectives?: boolean; plan?: boolean } = {}): Block[] {
  const { diagnosis = true, objectives = true, plan = true } = parts;
  const { info } = ctx.snap.engagement;
  const out: Block[] = [h1(ctx, ctx.L.sections.summary)];
  if (info.context) out.push(callout(ctx, info.context.split('\n')[0] ?? ''));
  const block = (title: string, lines: string[], what: string) => {
    out.push(h2(ctx, title));
    out.push(...(lines.length ? bullets(ctx, lines) : [emptyNote(ctx, what)]));
  };
  if (diagnosis) block(ctx.L.summary.diagnosis, diagnosisLines(ctx), ctx.L.sections.audit.toLowerCase());
  if (objectives) block(ctx.L.summary.objectives, objectiveLines(ctx), ctx.L.sections.objectives.toLowerCase());
  if (plan) block(ctx.L.summary.plan, planLines(ctx), ctx.L.sections.plan.toLowerCase());
  if (!info.context && !diagnosis && !objectives && !plan) out.push(p(ctx, ctx.L.empty));
  return out;
}
