import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/ApiError';
import { call } from '../../app/api/client';
import { queryKeys } from '../../app/queries/keys';
import { useNavigate } from '../../app/routing/useRoute';
import type { EngagementHandle } from '../../shared/model/engagement';
import { useToast } from '../../ui';

/** Opens an engagement file by path (recents, picker, drop), then goes into it. */
export function useOpenEngagement() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const { t } = useTranslation('home');
  return useMutation<EngagementHandle, ApiError, { path: string }>({
    mutationFn: ({ path }) => call('engagement:open', { path }),
    onSuccess: (handle) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
      if (handle.migratedFrom)
        toast({ tone: 'info', message: t('migrated', { path: handle.migratedFrom.backupPath }) });
      navigate({ name: 'engagement', engagementId: handle.engagementId, section: 'overview' });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: queryKeys.workspace }),
  });
}

/** The desktop's native « Ouvrir… » dialog; resolves null when cancelled. */
export async function pickWithNativeDialog(): Promise<string | null> {
  const picked = await call('dialog:openEngagement', {});
  return picked?.path ?? null;
}

export function isCancelled(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CANCELLED';
}
