import type { BrandingProfile } from '../../../../src/shared/model/workspace';

/** Colours (hex without '#', as Word wants them) and fonts derived from one branding profile. */
export interface Theme {
  primary: string;
  secondary: string;
  /** A very light tint of the primary colour for table headers' neighbours and callouts. */
  tint: string;
  text: string;
  muted: string;
  rule: string;
  headingFont: string;
  bodyFont: string;
  /** Font resvg draws chart text with: a metric-compatible font installed on Linux when the Word one is not. */
  chartFont: string;
  profile: BrandingProfile;
}

const hex = (colour: string): string => (/^#[0-9a-fA-F]{6}$/.test(colour) ? colour.slice(1).toUpperCase() : '1F3A5F');

/** Mixes a colour with white (amount 0..1 of white). */
export function lighten(colour: string, amount: number): string {
  const value = Number.parseInt(colour, 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    return Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0');
  };
  return `${channel(16)}${channel(8)}${channel(0)}`.toUpperCase();
}

/** Word font → a family list resvg can resolve here (Carlito is metric-compatible with Calibri, etc.). */
const CHART_FONTS: Record<string, string> = {
  Calibri: 'Calibri, Carlito',
  Cambria: 'Cambria, Caladea, Liberation Serif',
  Arial: 'Arial, Liberation Sans',
  Verdana: 'Verdana, DejaVu Sans',
  'Trebuchet MS': 'Trebuchet MS, Liberation Sans',
  Georgia: 'Georgia, Liberation Serif',
  Garamond: 'Garamond, Liberation Serif',
  'Times New Roman': 'Times New Roman, Liberation Serif',
};

export function themeFromProfile(profile: BrandingProfile): Theme {
  const primary = hex(profile.primaryColor);
  return {
    primary,
    secondary: hex(profile.secondaryColor),
    tint: lighten(primary, 0.9),
    text: '262626',
    muted: '6B6B6B',
    rule: 'BFBFBF',
    headingFont: profile.headingFont || 'Calibri',
    bodyFont: profile.bodyFont || 'Calibri',
    chartFont: CHART_FONTS[profile.bodyFont] ?? 'Calibri, Carlito',
    profile,
  };
}

/** Chart series colours: the brand's two, then calm, distinguishable companions (≤ 6 series). */
export function seriesColours(theme: Theme): string[] {
  return [theme.primary, theme.secondary, '5B8C85', 'D9A441', '7A6C9D', '8C8C8C'].map((c) => `#${c}`);
}
