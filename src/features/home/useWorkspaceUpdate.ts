import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries/keys';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { WorkspaceState } from '../../shared/model/workspace';

type WorkspaceUpdate = 'workspace:forgetRecent' | 'workspace:setArchived' | 'workspace:finishFirstRun';

/**
 * A change to the workspace's own list (« Retirer de la liste », « Archiver », the
 * welcome screen's « Ne plus afficher »): the answer is the new workspace state.
 * Engagement files are never touched by these.
 */
export function useWorkspaceUpdate<M extends WorkspaceUpdate>(method: M) {
  const queryClient = useQueryClient();
  return useSaveMutation(method, {
    onSuccess: (workspace) => queryClient.setQueryData<WorkspaceState>(queryKeys.workspace, workspace as WorkspaceState),
  });
}
