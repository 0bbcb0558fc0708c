import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HomePage } from '../../features/home/HomePage';
import { Loading } from '../../ui';
import { useAppEvents } from '../commands/useAppEvents';
import { READY_MARKS, useReadyMark } from '../perf/useReadyMark';
import { useRoute } from '../routing/useRoute';
import { useWorkspaceLanguage } from './useWorkspaceLanguage';
import { StartupError } from './StartupError';
import { PaletteHost } from '../../features/palette/PaletteHost';

// Inside an engagement everything loads on demand: the home screen stays light.
const EngagementShell = lazy(() => import('../../features/engagement/EngagementShell'));

export function App() {
  const { t } = useTranslation('app');
  const route = useRoute();
  const workspace = useWorkspaceLanguage();
  useAppEvents();
  useReadyMark(READY_MARKS.home, route.name === 'home' && workspace.isSuccess);

  if (workspace.isPending) return <Loading label={t('common.loading')} />;
  if (workspace.isError) return <StartupError error={workspace.error} onRetry={() => void workspace.refetch()} />;

  if (route.name === 'engagement') {
    return (
      <>
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <EngagementShell key={route.engagementId} engagementId={route.engagementId} section={route.section} />
        </Suspense>
        <PaletteHost engagementId={route.engagementId} />
      </>
    );
  }
  return (
    <>
      <HomePage workspace={workspace.data} />
      <PaletteHost engagementId={null} />
    </>
  );
}
