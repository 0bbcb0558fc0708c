import { AlignmentType, BorderStyle, Paragraph, TextRun, type Table } from 'docx';
import type { Ctx, PreparedImage } from './context';
import { pictureRun } from './images';
import { CONTENT_WIDTH } from './page';
import { layoutTable } from './tables';

const pt = (points: number) => points * 2;

function logoOrName(ctx: Ctx, image: PreparedImage | null, name: string, align: 'left' | 'right'): Paragraph {
  const alignment = align === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT;
  if (image) return new Paragraph({ alignment, children: [pictureRun(image, 190, 80, name)] });
  return new Paragraph({ alignment, children: [new TextRun({ text: ctx.fmt.text(name), bold: true, size: pt(14), color: ctx.theme.primary, font: ctx.theme.headingFont })] });
}

/**
 * The cover: its own section with no header or footer. Both logos (the consultant's, the
 * client's), the deliverable's title on a brand band, client, version, date, confidentiality.
 */
export function coverChildren(ctx: Ctx): (Paragraph | Table)[] {
  const { info } = ctx.snap.engagement;
  const { profile } = ctx.theme;
  const clientLogo = info.clientLogoImageId !== null ? ctx.assets.images[info.clientLogoImageId] ?? null : null;
  const half = Math.floor(CONTENT_WIDTH / 2);
  const logos = layoutTable([half, CONTENT_WIDTH - half], [[
    [logoOrName(ctx, ctx.assets.consultantLogo, profile.agencyName || profile.name, 'left')],
    [logoOrName(ctx, clientLogo, info.clientName, 'right')],
  ]]);
  const style = profile.coverStyle;
  const onBand = style === 'minimal' ? ctx.theme.primary : 'FFFFFF';
  const titleBlock = [
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: ctx.fmt.text(ctx.L.titles[ctx.kind]), bold: true, size: pt(style === 'full' ? 32 : 28), color: onBand, font: ctx.theme.headingFont })] }),
    new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: ctx.fmt.text(info.title), size: pt(14), color: onBand, font: ctx.theme.headingFont })] }),
  ];
  const band = style === 'minimal'
    ? layoutTable([CONTENT_WIDTH], [[{ children: titleBlock, margins: 120 }]])
    : layoutTable([CONTENT_WIDTH], [[{ children: titleBlock, fill: ctx.theme.primary, margins: style === 'full' ? 700 : 420 }]]);
  const consultant = [profile.agencyName, profile.consultantName].filter(Boolean).join(' — ');
  const meta = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 60 },
      children: [
        new TextRun({ text: ctx.fmt.text(`${label} :`).replace(/\s?:$/, ctx.lang === 'fr' ? '\u00a0: ' : ': '), color: ctx.theme.muted }),
        new TextRun({ text: ctx.fmt.text(value), bold: true }),
      ],
    });
  const confidentiality = info.confidentiality || ctx.L.cover.confidential;
  return [
    logos,
    new Paragraph({ spacing: { before: 2200, after: 0 }, children: [] }),
    band,
    new Paragraph({
      spacing: { before: 240, after: 1800 },
      border: style === 'minimal' ? { bottom: { style: BorderStyle.SINGLE, size: 18, color: ctx.theme.secondary, space: 4 } } : {},
      children: [new TextRun({ text: ctx.fmt.text(info.clientName), size: pt(20), bold: true, color: ctx.theme.secondary, font: ctx.theme.headingFont })],
    }),
    meta(ctx.L.cover.preparedFor, [info.clientName, info.clientCity].filter(Boolean).join(', ')),
    ...(consultant ? [meta(ctx.L.cover.preparedBy, consultant)] : []),
    meta(ctx.L.cover.version, `${ctx.version} — ${ctx.fmt.date(ctx.issuedOn)}`),
    new Paragraph({ spacing: { before: 1000, after: 60 }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: ctx.theme.rule, space: 6 } }, children: [new TextRun({ text: ctx.fmt.text(confidentiality), italics: true, size: pt(9), color: ctx.theme.muted })] }),
    ...(profile.contactBlock ? [new Paragraph({ children: ctx.fmt.text(profile.contactBlock).split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0, size: pt(9), color: ctx.theme.muted })) })] : []),
  ];
}
