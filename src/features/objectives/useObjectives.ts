import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { MethodInput } from '../../shared/contract';
import type { Objective } from '../../shared/model/objectives';

export type ObjectivePatch = MethodInput<'objective:update'>['patch'];
export const objectivesKey = (engagementId: string) => ['objective:list', engagementId] as const;

/** The objectives list and its writes; each answer updates the cached list in place. */
export function useObjectives(engagementId: string) {
  const queryClient = useQueryClient();
  const key = objectivesKey(engagementId);
  const list = useApiQuery(key, 'objective:list', { engagementId });
  const kpis = useApiQuery(['kpi:list', engagementId], 'kpi:list', { engagementId }, { staleTime: Infinity });
  const setOne = (objective: Objective) =>
    queryClient.setQueryData<Objective[]>(key, (old) => (old ?? []).map((o) => (o.id === objective.id ? objective : o)));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const update = useSaveMutation('objective:update', { onSuccess: setOne });
  const create = useSaveMutation('objective:create', { onSuccess: refresh });
  const remove = useSaveMutation('objective:delete', { onSuccess: refresh });
  const move = useSaveMutation('objective:move', { onSuccess: (objectives) => queryClient.setQueryData(key, objectives) });
  const { mutateAsync } = update;
  const patch = useCallback((id: number, value: ObjectivePatch) => mutateAsync({ engagementId, id, patch: value }), [mutateAsync, engagementId]);
  return { list, kpis, patch, create, remove, move };
}
