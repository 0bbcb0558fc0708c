import { useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../shared/contract';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';

/** Every plan query lives under ['plan', engagementId, …]: one invalidation refreshes all views after a change. */
export const planKey = (engagementId: string, ...rest: unknown[]) => ['plan', engagementId, ...rest] as const;

export function usePlanQuery<M extends MethodName>(engagementId: string, method: M, input: MethodInput<M>, extra: unknown[] = []) {
  return useApiQuery(planKey(engagementId, method, ...extra), method, input);
}

/** A plan change: saved through the save indicator, then every plan view (and the overview) refreshes. */
export function usePlanMutation<M extends MethodName>(engagementId: string, method: M, onDone?: () => void) {
  const client = useQueryClient();
  return useSaveMutation(method, {
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['plan', engagementId] });
      void client.invalidateQueries({ queryKey: ['engagement:overview', engagementId] });
      onDone?.();
    },
  });
}
