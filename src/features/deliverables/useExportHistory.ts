import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';

export const historyKey = (engagementId: string) => ['deliverables:history', engagementId] as const;

/** The engagement's exports, newest first, and « marquer comme envoyé ». */
export function useExportHistory(engagementId: string) {
  const queryClient = useQueryClient();
  const history = useApiQuery(historyKey(engagementId), 'deliverables:history', { engagementId }, {
    select: (entries) => [...entries].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id),
  });
  const markSent = useSaveMutation('deliverables:markSent', {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: historyKey(engagementId) }),
  });
  return { history, markSent };
}
