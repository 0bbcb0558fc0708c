import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathForDroppedFile } from '../../app/api/client';
import { onHomeIntent, type HomeIntent } from '../../app/commands/homeIntent';
import { LanguageSwitch } from '../../app/i18n/LanguageSwitch';
import { queryKeys } from '../../app/queries/keys';
import { useNavigate } from '../../app/routing/useRoute';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { Brand } from '../../app/shell/Brand';
import { useErrorText } from '../../app/useErrorText';
import type { WorkspaceState } from '../../shared/model/workspace';
import { Banner, Button, Card, EmptyState, FolderOpenIcon, PageHeader, PlusIcon, UploadIcon, useToast } from '../../ui';
import './homeMessages';
import { RestoreBackupDialog } from '../backups/RestoreBackupDialog';
import { BrandingProfilesDialog } from '../branding/BrandingProfilesDialog';
import { NewEngagementDialog } from './NewEngagementDialog';
import { OpenEngagementDialog } from './OpenEngagementDialog';
import { EngagementLibrary } from './EngagementLibrary';
import { WelcomePanel } from './WelcomePanel';
import { ENGAGEMENT_EXTENSION, useFileDrop } from './useFileDrop';
import { isCancelled, pickWithNativeDialog, useOpenEngagement } from './useOpenEngagement';
import { useWorkspaceUpdate } from './useWorkspaceUpdate';
import './HomePage.css';
import { HelpButton } from '../palette/PaletteButtons';
import { WorkspaceSearch } from '../search/WorkspaceSearch';

/** The home screen: recent engagements, « Nouvelle mission », « Ouvrir… », file drop. */
export function HomePage({ workspace }: { workspace: WorkspaceState }) {
  const { t } = useTranslation('home');
  const { t: tBackups } = useTranslation('backups');
  const errorText = useErrorText();
  const toast = useToast();
  const queryClient = useQueryClient();
  const appInfo = useApiQuery(queryKeys.appInfo, 'app:info', {}, { staleTime: Infinity });
  const openEngagement = useOpenEngagement();
  const forget = useWorkspaceUpdate('workspace:forgetRecent');
  const archive = useWorkspaceUpdate('workspace:setArchived');
  const finishFirstRun = useWorkspaceUpdate('workspace:finishFirstRun');
  const navigate = useNavigate();
  const openDemo = useSaveMutation('engagement:openDemo', {
    onSuccess: (handle) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
      navigate({ name: 'engagement', engagementId: handle.engagementId, section: 'overview' });
    },
  });
  const [creating, setCreating] = useState(false);
  const [creatingFrom, setCreatingFrom] = useState('');
  const [restoring, setRestoring] = useState(false);
  // The welcome screen's « Créer un profil de marque » opens on a new profile; the footer link on the list.
  const [branding, setBranding] = useState<'closed' | 'list' | 'new'>('closed');
  const [picker, setPicker] = useState<{ notice: string | null } | null>(null);
  const nativeDialogs = appInfo.data?.nativeDialogs ?? false;

  const openPath = useCallback(
    (path: string) => {
      openEngagement.reset();
      openEngagement.mutate({ path });
    },
    [openEngagement],
  );

  const startOpen = useCallback(async () => {
    if (!nativeDialogs) {
      setPicker({ notice: null });
      return;
    }
    try {
      const path = await pickWithNativeDialog();
      if (path) openPath(path);
    } catch (error) {
      if (!isCancelled(error)) toast({ tone: 'danger', message: errorText(error) });
    }
  }, [nativeDialogs, openPath, toast, errorText]);

  const onDroppedFile = useCallback(
    (file: File) => {
      if (!file.name.toLowerCase().endsWith(ENGAGEMENT_EXTENSION)) {
        toast({ tone: 'danger', message: t('drop.notOrchestre') });
        return;
      }
      const path = pathForDroppedFile(file);
      if (path) openPath(path);
      else setPicker({ notice: t('drop.browserOnly') });
    },
    [openPath, toast, t],
  );
  const { isOver, dropHandlers } = useFileDrop(onDroppedFile);

  // Requests from the desktop menu (« Fichier › Nouvelle mission », « Ouvrir… », a file from the OS).
  useEffect(
    () =>
      onHomeIntent((intent: HomeIntent) => {
        if (intent.kind === 'new') setCreating(true);
        else if (intent.kind === 'open') void startOpen();
        else if (intent.kind === 'backups') setRestoring(true);
        else openPath(intent.path);
      }),
    [startOpen, openPath],
  );

  const recents = workspace.recents;
  const pickerError = picker ? openEngagement.error : null;

  return (
    <div className="home" {...dropHandlers}>
      <header className="home__topbar">
        <Brand />
        <span className="topbar-tools">
          <HelpButton />
          <LanguageSwitch />
        </span>
      </header>
      <main className="home__main">
        <PageHeader
          eyebrow={t('eyebrow')}
          title={t('title')}
          description={t('description')}
          actions={
            <>
              <Button icon={<FolderOpenIcon />} onClick={() => void startOpen()}>
                {t('open')}
              </Button>
              <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
                {t('newEngagement')}
              </Button>
            </>
          }
        />
        {openEngagement.error && !picker && (
          <div className="home__error">
            <Banner
              tone="danger"
              actions={
                <Button size="sm" variant="ghost" onClick={() => openEngagement.reset()}>
                  {t('app:common.dismiss')}
                </Button>
              }
            >
              {errorText(openEngagement.error)}
            </Banner>
          </div>
        )}
        {workspace.firstRun && (
          <WelcomePanel
            folder={workspace.defaultFolder}
            busy={openDemo.isPending}
            onDemo={() => openDemo.mutate({}, { onError: (error) => toast({ tone: 'danger', message: errorText(error) }) })}
            onBranding={() => setBranding('new')}
            onCreate={() => setCreating(true)}
            onDismiss={() => finishFirstRun.mutate({})}
          />
        )}
        {recents.length > 0 && <WorkspaceSearch />}
        {recents.length === 0 && workspace.firstRun ? null : recents.length === 0 ? (
          <Card>
            <EmptyState
              icon={<PlusIcon size={22} />}
              title={t('empty.title')}
              actions={
                <>
                  <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
                    {t('newEngagement')}
                  </Button>
                  <Button icon={<FolderOpenIcon />} onClick={() => void startOpen()}>
                    {t('open')}
                  </Button>
                </>
              }
            >
              {t('empty.text', { folder: workspace.defaultFolder })}
            </EmptyState>
          </Card>
        ) : (
          <EngagementLibrary
            recents={recents}
            busyPath={openEngagement.isPending ? (openEngagement.variables?.path ?? null) : null}
            onOpen={openPath}
            onForget={(path) =>
              forget.mutate({ path }, { onSuccess: () => toast({ tone: 'success', message: t('recent.forgotten') }) })
            }
            onNewFrom={(path) => {
              setCreatingFrom(path);
              setCreating(true);
            }}
            onArchive={(path, archived) =>
              archive.mutate(
                { path, archived },
                {
                  onSuccess: () =>
                    toast({ tone: 'success', message: t(archived ? 'homeLibrary:archivedToast' : 'homeLibrary:unarchivedToast') }),
                },
              )
            }
          />
        )}
        <div className="home__footer">
          <p className="home__hint">
            <UploadIcon />
            {t('dropHint')}
          </p>
          <span className="home__footer-actions">
            <Button size="sm" variant="ghost" onClick={() => setBranding('list')}>
              {t('branding:open')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setRestoring(true)}>
              {tBackups('open')}
            </Button>
          </span>
        </div>
      </main>
      {isOver && (
        <div className="home__drop-overlay" aria-hidden="true">
          <span>
            <UploadIcon size={22} />
            {t('drop.overlay')}
          </span>
        </div>
      )}
      <RestoreBackupDialog open={restoring} onClose={() => setRestoring(false)} />
      <BrandingProfilesDialog open={branding !== 'closed'} startWithNew={branding === 'new'} onClose={() => setBranding('closed')} />
      <NewEngagementDialog
        open={creating}
        onClose={() => {
          setCreating(false);
          setCreatingFrom('');
        }}
        folder={workspace.defaultFolder}
        engagements={recents}
        sourcePath={creatingFrom}
      />
      <OpenEngagementDialog
        open={picker !== null}
        notice={picker?.notice ?? null}
        folder={workspace.defaultFolder}
        error={pickerError}
        busy={openEngagement.isPending}
        onOpenPath={openPath}
        onClose={() => {
          setPicker(null);
          openEngagement.reset();
          void queryClient.invalidateQueries({ queryKey: queryKeys.workspaceFiles });
        }}
      />
    </div>
  );
}
