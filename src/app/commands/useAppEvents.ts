import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppEvent } from '../../shared/contract/events';
import { useToast } from '../../ui';
import { onAppEvent } from '../api/client';
import { queryKeys } from '../queries/keys';
import { parseRoute } from '../routing/route';
import { navigate } from '../routing/useRoute';
import { requestHomeIntent } from './homeIntent';

/** Pushed events: an engagement closed under us, and commands from the desktop menu. */
export function useAppEvents(): void {
  const queryClient = useQueryClient();
  const toast = useToast();
  const { t } = useTranslation('app');

  useEffect(() => {
    const handle = (event: AppEvent) => {
      if (event.type === 'engagement:closed') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
        const route = parseRoute(window.location.hash);
        if (route.name === 'engagement' && route.engagementId === event.engagementId) {
          queryClient.removeQueries({ queryKey: queryKeys.overview(event.engagementId) });
          navigate({ name: 'home' });
          if (event.reason === 'file-missing') toast({ tone: 'danger', message: t('errors.closedFileMissing') });
        }
      } else if (event.type === 'command') {
        const route = parseRoute(window.location.hash);
        // « Fichier › Exporter les livrables… » goes to the open engagement's Livrables section.
        if (event.command === 'deliverables.export') {
          if (route.name === 'engagement') navigate({ ...route, section: 'deliverables' });
          return;
        }
        if (event.command === 'engagement.new') requestHomeIntent({ kind: 'new' });
        else if (event.command === 'engagement.open') requestHomeIntent({ kind: 'open' });
        else if (event.command === 'engagement.openPath' && event.path)
          requestHomeIntent({ kind: 'openPath', path: event.path });
        else return;
        if (route.name !== 'home') navigate({ name: 'home' });
      }
    };
    return onAppEvent(handle);
  }, [queryClient, toast, t]);
}
