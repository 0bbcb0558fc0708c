import type { Block } from '../kit/document';
import { bullets, caption, emptyNote, h1, h2, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { dataTable } from '../kit/tables';
import type { NoteTag } from '../snapshot';
import { budgetBlocks } from './plan';
import { phaseName } from './planFigures';

const notesTagged = (ctx: Ctx, tag: NoteTag) => ctx.snap.interviews.sessions.flatMap((s) => s.notes).filter((n) => n.tags.includes(tag)).map((n) => n.body);

/** Scope and functional needs, from the notes tagged « besoin », and the recommendations to carry out. */
export function scopeSection(ctx: Ctx): Block[] {
  const L = ctx.L.spec;
  const out: Block[] = [h1(ctx, ctx.L.sections.scope, { newPage: true }), p(ctx, L.intro)];
  out.push(h2(ctx, L.fromInterviews));
  const needs = notesTagged(ctx, 'need');
  out.push(...(needs.length ? bullets(ctx, needs) : [emptyNote(ctx)]));
  out.push(h2(ctx, L.needs));
  const actions = ctx.snap.plan.actions.filter((a) => a.status !== 'dropped');
  if (!actions.length) out.push(emptyNote(ctx));
  else {
    out.push(
      dataTable(
        ctx,
        [
          { header: ctx.L.plan.action, share: 4 },
          { header: ctx.lang === 'fr' ? 'Description attendue' : 'Expected outcome', share: 6 },
          { header: ctx.L.plan.kpi, share: 2.5 },
        ],
        actions.map((a) => [
          { text: a.channel ? `${a.title}\n${a.channel}` : a.title, bold: true },
          a.description,
          a.kpiLabel ? `${a.kpiLabel}${a.kpiTarget !== null ? ` : ${ctx.fmt.number(a.kpiTarget, 1)}` : ''}` : '–',
        ]),
      ),
    );
    out.push(caption(ctx, 'table', L.needs));
  }
  const ideas = notesTagged(ctx, 'idea');
  if (ideas.length) out.push(h2(ctx, L.ideas), ...bullets(ctx, ideas));
  return out;
}

export function planningSection(ctx: Ctx): Block[] {
  const L = ctx.L.plan;
  const out: Block[] = [h1(ctx, ctx.L.sections.planning, { newPage: true })];
  const phases = ctx.snap.plan.phases;
  if (!phases.length) out.push(emptyNote(ctx));
  else {
    out.push(
      dataTable(
        ctx,
        [
          { header: L.phase, share: 4 },
          { header: ctx.lang === 'fr' ? 'Début' : 'Start', share: 2.2, align: 'center' },
          { header: ctx.lang === 'fr' ? 'Fin' : 'End', share: 2.2, align: 'center' },
          { header: ctx.lang === 'fr' ? 'Actions' : 'Actions', share: 1.4, align: 'center' },
        ],
        phases.map((ph) => [{ text: ph.name, bold: true }, ctx.fmt.date(ph.startDate), ctx.fmt.date(ph.endDate), String(ctx.snap.plan.actions.filter((a) => a.phaseId === ph.id).length)]),
      ),
    );
  }
  out.push(h2(ctx, ctx.L.sections.budget), ...budgetBlocks(ctx));
  out.push(h2(ctx, ctx.L.sections.deadlines));
  const milestones = ctx.snap.plan.actions.filter((a) => a.isMilestone || a.priority === 'high').filter((a) => a.endDate);
  const deadlines = [...milestones.map((a) => `${ctx.fmt.date(a.endDate)} — ${a.title} (${phaseName(ctx.snap, a.phaseId, L.noPhase)})`), ...notesTagged(ctx, 'deadline')];
  out.push(...(deadlines.length ? bullets(ctx, deadlines) : [emptyNote(ctx)]));
  return out;
}

export function constraintsProvidersSection(ctx: Ctx): Block[] {
  const L = ctx.L.spec;
  const out: Block[] = [h1(ctx, ctx.L.sections.constraints, { newPage: true })];
  const constraints = [...notesTagged(ctx, 'constraint'), ...notesTagged(ctx, 'budget')];
  out.push(...(constraints.length ? bullets(ctx, constraints) : [emptyNote(ctx)]));
  out.push(h2(ctx, ctx.L.sections.risks));
  const risks = ctx.snap.plan.risks.filter((r) => r.status !== 'closed');
  out.push(...(risks.length ? bullets(ctx, risks.map((r) => (r.mitigation ? `${r.title} — ${r.mitigation}` : r.title))) : [emptyNote(ctx)]));
  out.push(h1(ctx, ctx.L.sections.providers));
  const providers = ctx.snap.plan.providers;
  if (!providers.length) out.push(emptyNote(ctx));
  else {
    out.push(
      dataTable(
        ctx,
        [
          { header: ctx.L.plan.provider, share: 3 },
          { header: L.skills, share: 4.5 },
          { header: L.contact, share: 4.5 },
        ],
        providers.map((pr) => [{ text: pr.company, bold: true }, pr.skills, [pr.contactName, pr.email, pr.phone].filter(Boolean).join('\n')]),
      ),
    );
  }
  out.push(h1(ctx, ctx.L.sections.acceptance));
  out.push(...L.acceptanceText.map((line) => p(ctx, line)));
  return out;
}
