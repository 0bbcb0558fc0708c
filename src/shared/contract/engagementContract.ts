import { z } from 'zod';
import type { EngagementFileState, EngagementHandle, EngagementOverview, Stakeholder } from '../model/engagement';
import { hasForbiddenFileNameCharacter } from '../fileNameRules';
import { method } from './define';
import { imageBase64 } from './imagesContract';
import { cents, engagementId, filePath, isoDate, langSchema, longText, requiredText, rowId, shortText } from './fields';

export const engagementInfoPatch = z
  .object({
    title: requiredText('titre requis'),
    clientName: requiredText('nom du client requis'),
    clientSector: shortText,
    clientCity: shortText,
    clientWebsite: shortText,
    clientHeadcount: shortText,
    clientDescription: longText,
    context: longText,
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    budgetEnvelopeCents: cents.nullable(),
    deliverableLang: langSchema,
    brandingProfileId: z.string().max(64).nullable(),
    confidentiality: shortText,
    status: z.enum(['active', 'archived']),
  })
  .partial()
  .strict()
  .refine((p) => !(p.startDate && p.endDate) || p.startDate <= p.endDate, {
    message: 'la date de fin précède la date de début',
    path: ['endDate'],
  });

export const createEngagementInput = z
  .object({
    clientName: requiredText('nom du client requis'),
    title: shortText.optional(),
    /** Folder to create the file in; the workspace's default folder when omitted. */
    folder: filePath.optional(),
    /** File name without folder; derived from the client's name when omitted. */
    fileName: z
      .string()
      .max(200)
      .refine((name) => !hasForbiddenFileNameCharacter(name), 'caractères interdits dans un nom de fichier')
      .optional(),
    clientSector: shortText.optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    budgetEnvelopeCents: cents.optional(),
    deliverableLang: langSchema.default('fr'),
    /** The interview guide to start with (built-in or saved template); the default guide in the deliverable language when omitted. */
    guideTemplateId: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
  })
  .strict();

/** What to carry from a previous engagement: structure only (see CarryOver). */
export const carryOverInput = z
  .object({ guide: z.boolean(), auditGrid: z.boolean(), kpis: z.boolean(), branding: z.boolean() })
  .strict();

export const createFromPreviousInput = createEngagementInput.extend({ sourcePath: filePath, carry: carryOverInput }).strict();

const stakeholderFields = z.object({
  name: requiredText('nom requis'),
  role: shortText,
  side: z.enum(['client', 'consultant', 'provider', 'other']),
  email: z.union([z.literal(''), z.email('adresse e-mail invalide')]),
  phone: z.string().max(40),
  isApprover: z.boolean(),
  notes: longText,
});

export const engagementContract = {
  'engagement:create': method(createEngagementInput).returns<EngagementHandle>(),
  /** A new engagement taking the chosen structure of a previous one (guide, audit grid, KPIs, branding), never its client data. */
  'engagement:createFrom': method(createFromPreviousInput).returns<EngagementHandle>(),
  /** The sample engagement « Les Ateliers Verdier », written once into the default folder, then opened (the welcome screen's first offer). */
  'engagement:openDemo': method(z.object({}).strict()).returns<EngagementHandle>(),
  'engagement:open': method(z.object({ path: filePath }).strict()).returns<EngagementHandle>(),
  'engagement:close': method(z.object({ engagementId }).strict()).returns<{ closed: boolean }>(),
  /** Is the open file still at its path? Asked when the window regains focus; writes are refused otherwise. */
  'engagement:fileStatus': method(z.object({ engagementId }).strict()).returns<{ state: EngagementFileState }>(),
  'engagement:overview': method(z.object({ engagementId }).strict()).returns<EngagementOverview>(),
  'engagement:update': method(z.object({ engagementId, patch: engagementInfoPatch }).strict()).returns<EngagementOverview>(),
  /** The client's logo, shown beside the consultant's on every deliverable's cover (null removes it). */
  'engagement:setClientLogo': method(z.object({ engagementId, data: imageBase64.nullable() }).strict()).returns<EngagementOverview>(),
  'stakeholder:create': method(
    z.object({ engagementId, stakeholder: stakeholderFields.partial({ role: true, side: true, email: true, phone: true, isApprover: true, notes: true }) }).strict(),
  ).returns<Stakeholder>(),
  'stakeholder:update': method(z.object({ engagementId, id: rowId, patch: stakeholderFields.partial().strict() }).strict()).returns<Stakeholder>(),
  'stakeholder:delete': method(z.object({ engagementId, id: rowId }).strict()).returns<{ deleted: boolean }>(),
};
