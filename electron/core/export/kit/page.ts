/** A4 portrait, 2.2 cm side margins: every width in the kit derives from these (twips). */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1418,
  marginBottom: 1247,
  marginSide: 1247,
  header: 567,
  footer: 567,
} as const;

/** Usable width between the margins, in twips. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginSide;

/** Twips → CSS pixels at 96 dpi (docx's ImageRun sizes are in pixels). */
export const twipsToPx = (twips: number): number => Math.round((twips / 1440) * 96);
