import { formatError } from '../../shared/errorMessages';
import { isErrorCode, type ApiErrorShape, type ErrorCode, type ErrorParams } from '../../shared/errors';
import type { Lang } from '../../shared/lang';

/**
 * What `call()` throws when the envelope says `{ ok: false }`. The message is the
 * sentence in the UI language at the time of the failure; components that render
 * later call `messageIn(lang)` so a language switch re-translates it.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(shape: ApiErrorShape, lang: Lang) {
    const safe: ApiErrorShape = isErrorCode(shape.code)
      ? shape
      : { code: 'INTERNAL', params: { detail: String(shape.code) } };
    super(formatError(safe, lang));
    this.name = 'ApiError';
    this.code = safe.code;
    this.params = safe.params ?? {};
  }

  messageIn(lang: Lang): string {
    return formatError({ code: this.code, params: this.params }, lang);
  }

  /** The field path an INVALID_PAYLOAD error names (`patch.endDate`), if any. */
  get field(): string | undefined {
    const field = this.params.field;
    return typeof field === 'string' ? field : undefined;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Any thrown value as an ApiError (network failures become INTERNAL). */
export function toApiError(value: unknown, lang: Lang): ApiError {
  if (value instanceof ApiError) return value;
  const detail = value instanceof Error ? value.message : String(value);
  return new ApiError({ code: 'INTERNAL', params: { detail } }, lang);
}
