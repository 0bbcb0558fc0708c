import type { BrandingProfile } from '../../../src/shared/model/workspace';

/** Used until the consultant creates a profile: sober, with Word-standard fonts. */
export const DEFAULT_BRANDING: BrandingProfile = {
  id: 'default',
  name: 'Profil par défaut',
  agencyName: 'Votre cabinet',
  consultantName: '',
  logoDataUrl: null,
  primaryColor: '#1F3A5F',
  // Dark enough for small text on white (5.4:1, WCAG AA): the cover's client line and Heading 3 use it.
  secondaryColor: '#B4472F',
  headingFont: 'Calibri',
  bodyFont: 'Calibri',
  contactBlock: '',
  legalFooter: '',
  coverStyle: 'band',
};
