import { z } from 'zod';
import { cleanText } from '../cleanText';

/** Building blocks shared by the domain contracts, so limits are stated once. */

/** Short single-line text (titles, names), cleaned of characters XML forbids. */
export const shortText = z.string().max(500, '500 caractères au plus').transform(cleanText);
/** Long free text (summaries, notes, evidence): 1 MB is the documented ceiling. */
export const longText = z.string().max(1_000_000, '1 000 000 caractères au plus').transform(cleanText);
/** A short text that must not be blank once trimmed. */
export const requiredText = (message: string) =>
  z.string().trim().min(1, message).max(500, '500 caractères au plus').transform(cleanText);

/** A calendar date, `YYYY-MM-DD`, checked to be a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'date inexistante');

/** Amounts are integer cents (HT, EUR), never floats. */
export const cents = z.number().int().min(0).max(1_000_000_000_00);

export const rowId = z.number().int().positive();

/** The handle of an engagement opened by this app instance. */
export const engagementId = z.string().regex(/^[a-zA-Z0-9_-]{8,64}$/, 'identifiant de mission invalide');

/** A file-system path typed by the user or given by a dialog. */
export const filePath = z.string().min(1).max(4096);

export const langSchema = z.enum(['fr', 'en']);
