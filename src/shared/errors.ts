/**
 * Error codes that cross the API boundary. The main process never sends a stack
 * trace: it sends one of these codes plus a few safe parameters, and each side
 * (renderer, CLI) turns them into a sentence in the user's language.
 */
export const ERROR_CODES = [
  'INVALID_PAYLOAD',
  'UNKNOWN_METHOD',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'FILE_NOT_FOUND',
  'FILE_EMPTY',
  'FILE_NOT_SQLITE',
  'FILE_TRUNCATED',
  'FILE_CORRUPT',
  'FILE_OTHER_APP',
  'FILE_TOO_NEW',
  'FILE_HEADER_UNSUPPORTED',
  'FILE_EXISTS',
  'FILE_READ_ONLY',
  'FILE_NEEDS_RECOVERY',
  'FILE_MOVED',
  'FOLDER_NOT_WRITABLE',
  'OPEN_ELSEWHERE',
  'ENGAGEMENT_NOT_OPEN',
  'DISK_FULL',
  'INVALID_IMPORT',
  'UNSUPPORTED_IMAGE',
  'IMAGE_TOO_LARGE',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Safe, serialisable details: a field path, a version number, a file name. */
export type ErrorParams = Record<string, string | number>;

export interface ApiErrorShape {
  code: ErrorCode;
  params?: ErrorParams;
}

/** Thrown by core code; transports map it to `{ ok: false, error }` as is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, cause?: unknown) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`, { cause });
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toShape(): ApiErrorShape {
    return Object.keys(this.params).length ? { code: this.code, params: this.params } : { code: this.code };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
