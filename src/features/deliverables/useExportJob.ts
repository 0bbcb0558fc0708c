import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../app/api/ApiError';
import { call, onAppEvent } from '../../app/api/client';
import { currentLang } from '../../app/i18n/i18n';
import { queryKeys } from '../../app/queries/keys';
import type { Lang } from '../../shared/lang';
import type { DeliverableKind, ExportResult } from '../../shared/model/deliverables';
import { historyKey } from './useExportHistory';

export type ExportJobState =
  | { status: 'idle' }
  | { status: 'running'; progress: number; step: string }
  | { status: 'done'; result: ExportResult }
  | { status: 'error'; error: ApiError };

/** A job id the renderer picks, so it can listen to progress before the call returns. */
function newJobId(): string {
  return `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Runs `deliverables:export` and follows its `job:progress` events. The export
 * runs in the main side's worker: the call is async, the window stays responsive.
 */
export function useExportJob(engagementId: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExportJobState>({ status: 'idle' });
  const unsubscribe = useRef<(() => void) | null>(null);
  useEffect(() => () => unsubscribe.current?.(), []);

  const run = useCallback(
    async (deliverables: DeliverableKind[], options: { lang: Lang; profileId: string | null }) => {
      const jobId = newJobId();
      unsubscribe.current?.();
      setState({ status: 'running', progress: 0, step: 'export.step.snapshot' });
      unsubscribe.current = onAppEvent((event) => {
        if (event.type !== 'job:progress' || event.jobId !== jobId) return;
        setState((previous) =>
          previous.status === 'running'
            ? { status: 'running', progress: Math.max(previous.progress, event.progress), step: event.step }
            : previous,
        );
      });
      try {
        const result = await call('deliverables:export', {
          engagementId,
          deliverables,
          lang: options.lang,
          jobId,
          ...(options.profileId ? { profileId: options.profileId } : {}),
        });
        setState({ status: 'done', result });
      } catch (error) {
        setState({ status: 'error', error: toApiError(error, currentLang()) });
      } finally {
        unsubscribe.current?.();
        unsubscribe.current = null;
        void queryClient.invalidateQueries({ queryKey: historyKey(engagementId) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.overview(engagementId) });
      }
    },
    [engagementId, queryClient],
  );

  return { state, run };
}
