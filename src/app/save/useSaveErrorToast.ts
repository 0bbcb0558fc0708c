import { useEffect, useRef } from 'react';
import type { ErrorCode } from '../../shared/errors';
import { useToast } from '../../ui';
import type { ApiError } from '../api/ApiError';
import { currentLang } from '../i18n/i18n';

/** Errors already shown beside the field that caused them. */
const SHOWN_AT_THE_FIELD: ReadonlySet<ErrorCode> = new Set(['INVALID_PAYLOAD']);

/**
 * A save refused for a reason outside the form (disk full, file moved, …) is said
 * in a sentence, not only by the indicator's red dot: a danger toast, which stays
 * until dismissed. The same reason is said once until a save goes through again,
 * so an autosaving field does not pile up identical toasts.
 */
export function useSaveErrorToast(error: ApiError | null): void {
  const toast = useToast();
  const lastCode = useRef<ErrorCode | null>(null);
  useEffect(() => {
    if (!error) {
      lastCode.current = null;
      return;
    }
    if (SHOWN_AT_THE_FIELD.has(error.code) || error.code === lastCode.current) return;
    lastCode.current = error.code;
    toast({ tone: 'danger', message: error.messageIn(currentLang()) });
  }, [error, toast]);
}
