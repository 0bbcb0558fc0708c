import type { Lang } from '../../../../src/shared/lang';
import type { DeliverableKind } from '../../../../src/shared/model/deliverables';
import type { EngagementSnapshot } from '../snapshot';
import { Fmt } from './format';
import { labelsFor, type Labels } from './labels';
import type { Theme } from './theme';

/** A chart drawn for the export: SVG (for Word) and its PNG fallback (for LibreOffice 7.4 and older Words). */
export interface ChartImage {
  svg: Uint8Array;
  png: Uint8Array;
  /** Size of the drawing in CSS pixels; the PNG is rendered larger for print. */
  width: number;
  height: number;
}

/** A photo or logo made ready for Word: PNG or JPEG, downscaled. */
export interface PreparedImage {
  type: 'png' | 'jpg';
  data: Uint8Array;
  width: number;
  height: number;
}

export interface ExportAssets {
  charts: Record<string, ChartImage>;
  images: Record<number, PreparedImage>;
  consultantLogo: PreparedImage | null;
}

/** What every section builder receives: pure data, no database, no file system. */
export interface Ctx {
  kind: DeliverableKind;
  lang: Lang;
  snap: EngagementSnapshot;
  theme: Theme;
  fmt: Fmt;
  L: Labels;
  assets: ExportAssets;
  version: number;
  /** 'YYYY-MM-DD' of the export, printed on the cover. */
  issuedOn: string;
  counters: { figure: number; table: number };
}

export function makeCtx(args: Omit<Ctx, 'fmt' | 'L' | 'counters'>): Ctx {
  return { ...args, fmt: new Fmt(args.lang), L: labelsFor(args.lang), counters: { figure: 0, table: 0 } };
}
