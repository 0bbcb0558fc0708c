import { z } from 'zod';
import type { BrandingProfile, EngagementFileEntry, WorkspaceState } from '../model/workspace';
import { method } from './define';
import { filePath, langSchema, requiredText, shortText } from './fields';
import { WORD_SAFE_FONTS } from '../wordSafeFonts';

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'couleur attendue au format #RRGGBB');
export { WORD_SAFE_FONTS };

export const brandingProfileInput = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
    name: requiredText('nom requis'),
    agencyName: shortText,
    consultantName: shortText,
    logoDataUrl: z
      .string()
      .max(4_000_000, 'logo trop lourd (3 Mo maximum)')
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'logo PNG ou JPEG attendu')
      .nullable(),
    primaryColor: hexColor,
    secondaryColor: hexColor,
    headingFont: z.enum(WORD_SAFE_FONTS),
    bodyFont: z.enum(WORD_SAFE_FONTS),
    contactBlock: z.string().max(2000),
    legalFooter: z.string().max(2000),
    coverStyle: z.enum(['band', 'full', 'minimal']),
  })
  .strict();

export const workspaceContract = {
  'workspace:get': method(z.object({}).strict()).returns<WorkspaceState>(),
  'workspace:setLanguage': method(z.object({ lang: langSchema }).strict()).returns<WorkspaceState>(),
  'workspace:setDefaultFolder': method(z.object({ folder: filePath }).strict()).returns<WorkspaceState>(),
  'workspace:forgetRecent': method(z.object({ path: filePath }).strict()).returns<WorkspaceState>(),
  /** Hides or shows an engagement on the home screen; the workspace remembers it, the file is not touched. */
  'workspace:setArchived': method(z.object({ path: filePath, archived: z.boolean() }).strict()).returns<WorkspaceState>(),
  /** « Ne plus afficher » on the welcome screen. */
  'workspace:finishFirstRun': method(z.object({}).strict()).returns<WorkspaceState>(),
  /** The `.orchestre` files of the default folder (the browser mode's "Ouvrir" list). */
  'workspace:listFiles': method(z.object({ folder: filePath.optional() }).strict()).returns<EngagementFileEntry[]>(),
  'branding:list': method(z.object({}).strict()).returns<BrandingProfile[]>(),
  'branding:save': method(brandingProfileInput).returns<BrandingProfile>(),
  'branding:delete': method(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict()).returns<{ deleted: boolean }>(),
};
