import type { CSSProperties } from 'react';
import type { BrandingProfile } from '../../shared/model/workspace';

const SERIF_FONTS = new Set(['Cambria', 'Georgia', 'Garamond', 'Times New Roman']);

/** A Word font name as a CSS stack, with a generic family for machines without it. */
export function fontStack(font: string): string {
  return `'${font}', ${SERIF_FONTS.has(font) ? 'serif' : 'sans-serif'}`;
}

/** Readable text on a background colour (WCAG relative luminance). */
export function textOn(hex: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return '#ffffff';
  const value = parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance > 0.45 ? '#1a1a1a' : '#ffffff';
}

const safe = (hex: string, fallback: string) => (/^#[0-9a-f]{6}$/i.test(hex) ? hex : fallback);

/**
 * The profile as CSS variables set on the preview's root only, so its colours and
 * fonts never reach the app's own interface.
 */
export function previewVariables(profile: Pick<BrandingProfile, 'primaryColor' | 'secondaryColor' | 'headingFont' | 'bodyFont'>): CSSProperties {
  const primary = safe(profile.primaryColor, '#1F3A5F');
  const secondary = safe(profile.secondaryColor, '#B4472F');
  return {
    '--bp-primary': primary,
    '--bp-on-primary': textOn(primary),
    '--bp-secondary': secondary,
    '--bp-heading-font': fontStack(profile.headingFont),
    '--bp-body-font': fontStack(profile.bodyFont),
  } as CSSProperties;
}
