import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { ApiError } from '../api/ApiError';
import { call } from '../api/client';

/** A read through the contract, cached by TanStack Query under `key`. */
export function useApiQuery<M extends MethodName>(
  key: readonly unknown[],
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodResult<M>, ApiError>, 'queryKey' | 'queryFn'> = {},
): UseQueryResult<MethodResult<M>, ApiError> {
  return useQuery<MethodResult<M>, ApiError>({
    queryKey: key,
    queryFn: () => call(method, input),
    ...options,
  });
}
