import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '../../app/queries/keys';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { MethodInput } from '../../shared/contract';
import type { EngagementOverview } from '../../shared/model/engagement';

export type EngagementPatch = MethodInput<'engagement:update'>['patch'];

/** Saves one or more fields of the engagement; the answer refreshes the overview. */
export function useEngagementPatch(engagementId: string): (patch: EngagementPatch) => Promise<EngagementOverview> {
  const queryClient = useQueryClient();
  const update = useSaveMutation('engagement:update', {
    onSuccess: (overview) => queryClient.setQueryData(queryKeys.overview(engagementId), overview),
  });
  const { mutateAsync } = update;
  return useCallback((patch) => mutateAsync({ engagementId, patch }), [mutateAsync, engagementId]);
}
