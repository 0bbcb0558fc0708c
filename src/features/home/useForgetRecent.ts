import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries/keys';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { WorkspaceState } from '../../shared/model/workspace';

/** « Retirer de la liste »: forgets a recent entry; the file itself is never touched. */
export function useForgetRecent() {
  const queryClient = useQueryClient();
  return useSaveMutation('workspace:forgetRecent', {
    onSuccess: (workspace) => queryClient.setQueryData<WorkspaceState>(queryKeys.workspace, workspace),
  });
}
