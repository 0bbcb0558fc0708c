import type { IStylesOptions } from 'docx';
import type { Theme } from './theme';

const pt = (points: number) => points * 2;

/**
 * Word's built-in Heading 1–3 (so the navigation pane and the TOC see them) with outline
 * levels and keep-with-next, a body style, captions and the TOC entry styles, all from
 * the branding profile's colours and fonts.
 */
export function documentStyles(theme: Theme): IStylesOptions {
  const heading = (size: number, colour: string, before: number, after: number, level: number) => ({
    run: { font: theme.headingFont, size: pt(size), bold: true, color: colour },
    paragraph: { spacing: { before, after, line: 240, lineRule: 'auto' as const }, keepNext: true, keepLines: true, outlineLevel: level },
  });
  return {
    default: {
      document: {
        run: { font: theme.bodyFont, size: pt(10.5), color: theme.text },
        paragraph: { spacing: { after: 120, line: 276, lineRule: 'auto' } },
      },
      heading1: heading(20, theme.primary, 0, 240, 0),
      heading2: heading(14, theme.primary, 320, 120, 1),
      heading3: heading(11.5, theme.secondary, 220, 80, 2),
      title: { run: { font: theme.headingFont, size: pt(30), bold: true, color: theme.primary } },
      listParagraph: { run: { font: theme.bodyFont, size: pt(10.5) } },
    },
    paragraphStyles: [
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, size: pt(9), color: theme.muted },
        paragraph: { spacing: { before: 60, after: 240 } },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: theme.primary, size: pt(11) },
        paragraph: { spacing: { before: 100, after: 20 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(10) },
        paragraph: { indent: { left: 280 }, spacing: { before: 0, after: 10 } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: pt(9) },
        paragraph: { spacing: { before: 30, after: 30, line: 250, lineRule: 'auto' } },
      },
      {
        id: 'Muted',
        name: 'Muted',
        basedOn: 'Normal',
        run: { italics: true, color: theme.muted },
      },
      {
        id: 'Lead',
        name: 'Lead',
        basedOn: 'Normal',
        run: { size: pt(12), color: theme.primary },
        paragraph: { spacing: { after: 200, line: 300, lineRule: 'auto' } },
      },
    ],
  };
}
