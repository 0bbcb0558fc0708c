import type { Block } from '../kit/document';
import { emptyNote, h1, h2, labelled, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { dataTable } from '../kit/tables';

/** Who the client is, why the engagement exists, who takes part. */
export function contextSection(ctx: Ctx): Block[] {
  const { info, stakeholders } = ctx.snap.engagement;
  const out: Block[] = [h1(ctx, ctx.L.sections.context, { newPage: true })];
  const facts: [string, string][] = (
    [
      [ctx.lang === 'fr' ? 'Client' : 'Client', info.clientName],
      [ctx.lang === 'fr' ? 'Secteur' : 'Sector', info.clientSector],
      [ctx.lang === 'fr' ? 'Ville' : 'City', info.clientCity],
      [ctx.lang === 'fr' ? 'Effectif' : 'Headcount', info.clientHeadcount],
      [ctx.lang === 'fr' ? 'Site' : 'Website', info.clientWebsite],
      [ctx.lang === 'fr' ? 'Période' : 'Period', info.startDate || info.endDate ? `${ctx.fmt.date(info.startDate)} → ${ctx.fmt.date(info.endDate)}` : ''],
      [ctx.lang === 'fr' ? 'Enveloppe' : 'Budget envelope', info.budgetEnvelopeCents !== null ? ctx.fmt.money(info.budgetEnvelopeCents) : ''],
    ] as [string, string][]
  ).filter(([, value]) => value);
  out.push(...facts.map(([label, value]) => labelled(ctx, label, value)));
  if (info.clientDescription) out.push(p(ctx, info.clientDescription));
  if (info.context) out.push(p(ctx, info.context));
  if (!info.clientDescription && !info.context) out.push(emptyNote(ctx));
  out.push(h2(ctx, ctx.L.sections.stakeholders));
  if (!stakeholders.length) out.push(emptyNote(ctx));
  else {
    const sides = ctx.lang === 'fr'
      ? { client: 'client', consultant: 'conseil', provider: 'prestataire', other: 'autre' }
      : { client: 'client', consultant: 'consultant', provider: 'provider', other: 'other' };
    out.push(
      dataTable(
        ctx,
        [
          { header: ctx.lang === 'fr' ? 'Nom' : 'Name', share: 3 },
          { header: ctx.lang === 'fr' ? 'Fonction' : 'Role', share: 4 },
          { header: ctx.lang === 'fr' ? 'Côté' : 'Side', share: 2 },
          { header: ctx.lang === 'fr' ? 'Valide' : 'Approver', share: 1.5, align: 'center' },
        ],
        stakeholders.map((s) => [s.name, s.role, sides[s.side], s.isApprover ? ctx.L.yes : '']),
      ),
    );
  }
  return out;
}
