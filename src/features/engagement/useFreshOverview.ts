import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../../app/queries/keys';

/**
 * A section that shows the engagement's counts (steps started, what each deliverable
 * would hold) reads them again when it opens: the other sections' saves do not
 * refresh the shell's overview, so it could still say « Pas encore commencée ».
 */
export function useFreshOverview(engagementId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    void client.invalidateQueries({ queryKey: queryKeys.overview(engagementId) });
  }, [client, engagementId]);
}
