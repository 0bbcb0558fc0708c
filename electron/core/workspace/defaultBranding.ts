import type { BrandingProfile } from '../../../src/shared/model/workspace';

/** Used until the consultant creates a profile: sober, with Word-standard fonts. */
export const DEFAULT_BRANDING: BrandingProfile = {
  id: 'default',
  name: 'Profil par défaut',
  agencyName: 'Votre cabinet',
  consultantName: '',
  logoDataUrl: null,
  primaryColor: '#1F3A5F',
  secondaryColor: '#C8553D',
  headingFont: 'Calibri',
  bodyFont: 'Calibri',
  contactBlock: '',
  legalFooter: '',
  coverStyle: 'band',
};
