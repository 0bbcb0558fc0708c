import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { Block } from '../kit/document';
import { bullets, emptyNote, h1, h2, labelled, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import { pictureRun } from '../kit/images';
import { CONTENT_WIDTH, twipsToPx } from '../kit/page';
import { layoutTable } from '../kit/tables';
import type { SnapshotPersona, TraitKind } from '../snapshot';

const LEFT = Math.round(CONTENT_WIDTH * 0.34);

function sub(ctx: Ctx, text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [new TextRun({ text: ctx.fmt.text(text), bold: true, color: ctx.theme.secondary })] });
}

function card(ctx: Ctx, persona: SnapshotPersona): Block {
  const L = ctx.L.persona;
  const photo = persona.photoImageId !== null ? ctx.assets.images[persona.photoImageId] : undefined;
  const left: Paragraph[] = [
    ...(photo ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [pictureRun(photo, twipsToPx(LEFT) - 30, 240, persona.name)] })] : []),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 40 }, children: [new TextRun({ text: ctx.fmt.text(persona.name), bold: true, size: 28, color: ctx.theme.primary })] }),
    p(ctx, [persona.ageRange, persona.job].filter(Boolean).join(' · '), { align: 'center' }),
    p(ctx, persona.importance === 'primary' ? L.primary : L.secondary, { align: 'center', italics: true, color: ctx.theme.muted }),
    ...(persona.situation ? [p(ctx, persona.situation)] : []),
    ...(persona.journeyStage ? [labelled(ctx, L.stage, L.stages[persona.journeyStage])] : []),
    ...(persona.platforms.length ? [sub(ctx, L.platforms), ...bullets(ctx, persona.platforms)] : []),
  ];
  const traits = (kind: TraitKind) => persona.traits.filter((t) => t.kind === kind).map((t) => t.text);
  const groups: [string, string[]][] = [
    [L.goals, traits('goal')],
    [L.frustrations, traits('frustration')],
    [L.motivations, traits('motivation')],
    [L.objections, traits('objection')],
  ];
  const right: Paragraph[] = [
    ...(persona.quote
      ? [new Paragraph({ spacing: { after: 160, line: 300, lineRule: 'auto' }, children: [new TextRun({ text: ctx.fmt.text(ctx.lang === 'fr' ? `« ${persona.quote} »` : `“${persona.quote}”`), italics: true, size: 26, color: ctx.theme.primary })] })]
      : []),
    ...(persona.bio ? [p(ctx, persona.bio)] : []),
    ...groups.flatMap(([title, list]) => (list.length ? [sub(ctx, title), ...bullets(ctx, list)] : [])),
    ...(persona.buyingBehaviour ? [sub(ctx, L.behaviour), p(ctx, persona.buyingBehaviour)] : []),
  ];
  return layoutTable([LEFT, CONTENT_WIDTH - LEFT], [[
    { children: left, fill: ctx.theme.tint, margins: 180 },
    { children: right.length ? right : [emptyNote(ctx)], margins: 180 },
  ]]);
}

/** One page per persona: a card with the photo and identity on a brand tint, the portrait beside it. */
export function personasSection(ctx: Ctx, options: { standalone?: boolean } = {}): Block[] {
  const list = ctx.snap.personas.personas;
  const out: Block[] = [h1(ctx, ctx.L.sections.personas, { newPage: !options.standalone })];
  if (!list.length) return [...out, emptyNote(ctx)];
  list.forEach((persona, index) => {
    out.push(h2(ctx, persona.name, { newPage: index > 0 }));
    out.push(card(ctx, persona));
  });
  return out;
}
