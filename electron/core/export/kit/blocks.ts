import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, TextRun, type ParagraphChild } from 'docx';
import type { Ctx } from './context';

/** Paragraph building blocks. Every text goes through `ctx.fmt.text` (XML cleaning, French spacing). */

export function h1(ctx: Ctx, text: string, options: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: options.newPage ?? false,
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ctx.theme.secondary, space: 6 } },
    children: [new TextRun(ctx.fmt.text(text))],
  });
}

export function h2(ctx: Ctx, text: string, options: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: options.newPage ?? false, children: [new TextRun(ctx.fmt.text(text))] });
}

export function h3(ctx: Ctx, text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(ctx.fmt.text(text))] });
}

/** Body text; line breaks inside the text become Word line breaks. */
export function p(ctx: Ctx, text: string, options: { bold?: boolean; italics?: boolean; style?: string; align?: 'left' | 'center' | 'right'; color?: string } = {}): Paragraph {
  return new Paragraph({
    ...(options.style ? { style: options.style } : {}),
    ...(options.align ? { alignment: options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT } : {}),
    children: runs(ctx, text, { bold: options.bold, italics: options.italics, color: options.color }),
  });
}

export function runs(ctx: Ctx, text: string, style: { bold?: boolean | undefined; italics?: boolean | undefined; color?: string | undefined; size?: number } = {}): TextRun[] {
  const lines = ctx.fmt.text(text).split('\n');
  return lines.map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : 0,
        ...(style.bold ? { bold: true } : {}),
        ...(style.italics ? { italics: true } : {}),
        ...(style.color ? { color: style.color } : {}),
        ...(style.size ? { size: style.size } : {}),
      }),
  );
}

/** « Label : value » on one line, label in bold. */
export function labelled(ctx: Ctx, label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    // The label's colon, then a space before the value (« Date : 5 février », "Date: 5 February").
    children: [new TextRun({ text: `${ctx.fmt.text(label).trimEnd()}${ctx.lang === 'fr' ? '\u00a0: ' : ': '}`, bold: true }), ...runs(ctx, value)],
  });
}

export function bullets(ctx: Ctx, items: readonly string[], level = 0): Paragraph[] {
  return items
    .filter((item) => item.trim() !== '')
    .map((item) => new Paragraph({ bullet: { level }, spacing: { after: 60 }, children: runs(ctx, item) }));
}

export function bulletRich(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children });
}

/** Said plainly instead of a blank: the section exists, its content is to come. */
export function emptyNote(ctx: Ctx, what?: string): Paragraph {
  return new Paragraph({ style: 'Muted', children: [new TextRun(ctx.fmt.text(what ? ctx.L.emptyWith(what) : ctx.L.empty))] });
}

export function caption(ctx: Ctx, kind: 'figure' | 'table', text: string): Paragraph {
  const number = kind === 'figure' ? ++ctx.counters.figure : ++ctx.counters.table;
  const label = kind === 'figure' ? ctx.L.figure : ctx.L.table;
  const separator = ctx.lang === 'fr' ? '\u00a0: ' : ': ';
  return new Paragraph({ style: 'Caption', children: [new TextRun(`${label} ${number}${separator}${ctx.fmt.text(text)}`)] });
}

/** A lead paragraph on a light brand tint, for the key message of a section. */
export function callout(ctx: Ctx, text: string): Paragraph {
  return new Paragraph({
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: ctx.theme.tint },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: ctx.theme.primary, space: 8 } },
    spacing: { before: 120, after: 200, line: 290, lineRule: 'auto' },
    indent: { left: 160, right: 160 },
    children: runs(ctx, text, { color: ctx.theme.text }),
  });
}

export function spacer(after = 120): Paragraph {
  return new Paragraph({ spacing: { after, before: 0 }, children: [] });
}
