import type { Block } from '../kit/document';
import { emptyNote, h1, h2, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { dataTable } from '../kit/tables';

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Note → objective → action → KPI, from the item links and the action–objective links. */
export function traceabilityRows(ctx: Ctx): string[][] {
  const { links } = ctx.snap;
  const notes = new Map(ctx.snap.interviews.sessions.flatMap((s) => s.notes).map((n) => [n.id, n.body]));
  const objectiveNotes = (objectiveId: number) =>
    links
      .filter((l) => (l.sourceKind === 'note' && l.targetKind === 'objective' && l.targetId === objectiveId) || (l.targetKind === 'note' && l.sourceKind === 'objective' && l.sourceId === objectiveId))
      .map((l) => notes.get(l.sourceKind === 'note' ? l.sourceId : l.targetId))
      .filter((n): n is string => Boolean(n));
  const rows: string[][] = [];
  for (const objective of ctx.snap.objectives.objectives.filter((o) => o.status !== 'dropped')) {
    const fromNotes = objectiveNotes(objective.id);
    const actions = ctx.snap.plan.actions.filter((a) => a.objectiveIds.includes(objective.id) && a.status !== 'dropped');
    const kpi = objective.kpiLabel ? `${objective.kpiLabel} → ${ctx.fmt.withUnit(objective.target, objective.unit)}` : '–';
    const note = fromNotes.length ? fromNotes.map((n) => clip(n)).join('\n') : '–';
    if (!actions.length) rows.push([note, objective.statement, '–', kpi]);
    actions.forEach((action, index) => rows.push([index === 0 ? note : '', index === 0 ? objective.statement : '', action.title, index === 0 ? kpi : '']));
  }
  return rows;
}

export function appendicesSection(ctx: Ctx): Block[] {
  const L = ctx.L.trace;
  const rows = traceabilityRows(ctx);
  return [
    h1(ctx, ctx.L.sections.appendices, { newPage: true }),
    h2(ctx, ctx.L.sections.traceability),
    p(ctx, L.intro),
    ...(rows.length
      ? [dataTable(ctx, [{ header: L.note, share: 4 }, { header: L.objective, share: 3.5 }, { header: L.action, share: 3.5 }, { header: L.kpi, share: 2.6 }], rows, { zebra: false })]
      : [emptyNote(ctx)]),
  ];
}
