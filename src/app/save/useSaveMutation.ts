import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';
import { ApiError, toApiError } from '../api/ApiError';
import { call } from '../api/client';
import { currentLang } from '../i18n/i18n';
import { saveStore } from './saveStore';

/**
 * Every change the user makes goes through this hook, so the header's save
 * indicator knows about it: « Enregistrement… » while the call runs, then
 * « Enregistré » or the error in the UI language. There is no Save button.
 */
export function useSaveMutation<M extends MethodName>(
  method: M,
  options: { onSuccess?: (result: MethodResult<M>, input: MethodInput<M>) => void } = {},
): UseMutationResult<MethodResult<M>, ApiError, MethodInput<M>> {
  return useMutation<MethodResult<M>, ApiError, MethodInput<M>>({
    mutationFn: async (input) => {
      const settle = saveStore.begin();
      try {
        const result = await call(method, input);
        settle({});
        return result;
      } catch (error) {
        const apiError = toApiError(error, currentLang());
        settle({ error: apiError });
        throw apiError;
      }
    },
    onSuccess: (result, input) => options.onSuccess?.(result, input),
  });
}
