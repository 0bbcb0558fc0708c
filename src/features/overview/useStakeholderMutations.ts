import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries/keys';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { EngagementOverview, Stakeholder } from '../../shared/model/engagement';

/** Create / update / delete stakeholders, keeping the cached overview in step. */
export function useStakeholderMutations(engagementId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.overview(engagementId);
  const replace = (update: (list: Stakeholder[]) => Stakeholder[]) =>
    queryClient.setQueryData<EngagementOverview>(key, (old) =>
      old ? { ...old, stakeholders: update(old.stakeholders) } : old,
    );

  const create = useSaveMutation('stakeholder:create', {
    onSuccess: (created) => replace((list) => [...list, created]),
  });
  const update = useSaveMutation('stakeholder:update', {
    onSuccess: (saved) => replace((list) => list.map((item) => (item.id === saved.id ? saved : item))),
  });
  const remove = useSaveMutation('stakeholder:delete', {
    onSuccess: (_result, input) => replace((list) => list.filter((item) => item.id !== input.id)),
  });
  return { create, update, remove };
}
