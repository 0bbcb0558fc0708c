import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../app/api/ApiError';
import { call } from '../../app/api/client';
import { queryKeys } from '../../app/queries/keys';
import { useNavigate } from '../../app/routing/useRoute';
import { saveStore } from '../../app/save/saveStore';

/** « Fermer la mission »: releases the file, then back to the home screen. */
export function useCloseEngagement(engagementId: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation<{ closed: boolean }, ApiError, void>({
    mutationFn: async () => {
      // Fields save on blur: let a focused field flush before the file closes.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      await waitForSaves();
      return call('engagement:close', { engagementId });
    },
    onSettled: () => {
      queryClient.removeQueries({ queryKey: queryKeys.overview(engagementId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
      saveStore.reset();
      navigate({ name: 'home' });
    },
  });
}

/** Resolves once nothing is pending in the save store (bounded, so closing never hangs). */
function waitForSaves(timeoutMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (saveStore.getState().pending === 0) return resolve();
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = saveStore.subscribe(() => {
      if (saveStore.getState().pending === 0) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}
