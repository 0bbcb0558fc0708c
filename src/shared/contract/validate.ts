import type { z } from 'zod';
import { AppError } from '../errors';

/**
 * Parses a payload that arrived as `unknown`. The first problem becomes an
 * INVALID_PAYLOAD error naming the field (`patch.endDate`), with the schema's own
 * (French) reason and zod's issue code, which the English UI translates.
 */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown, code: 'INVALID_PAYLOAD' | 'INVALID_IMPORT' = 'INVALID_PAYLOAD'): z.output<S> {
  const result = schema.safeParse(payload === undefined ? {} : payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String) ?? [];
  // An unknown key is reported under its own name, not under its parent object.
  if (issue?.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
  const field = path.length ? path.join('.') : '(racine)';
  throw new AppError(code, {
    field,
    reason: issue?.message ?? 'invalide',
    issue: issue?.code ?? 'custom',
  });
}
