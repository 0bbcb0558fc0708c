import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/i18n/LanguageSwitch';
import { queryKeys } from '../../app/queries/keys';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { routeHref } from '../../app/routing/route';
import { AppSaveIndicator } from '../../app/save/AppSaveIndicator';
import { Brand } from '../../app/shell/Brand';
import { useErrorText } from '../../app/useErrorText';
import { AlertIcon, ArrowLeftIcon, Banner, Button, EmptyState, Loading } from '../../ui';
import './engagementMessages';
import { FileMovedBanner } from './FileMovedBanner';
import { SectionNav } from './SectionNav';
import { SectionOutlet } from './SectionOutlet';
import { findSection } from './sections';
import { useCloseEngagement } from './useCloseEngagement';
import './EngagementShell.css';
import { JumpHighlighter } from '../../app/jump/JumpHighlighter';
import { HelpButton, SearchButton } from '../palette/PaletteButtons';

/** Inside one engagement: left navigation, a header with the save state, the section. */
export default function EngagementShell({ engagementId, section }: { engagementId: string; section: string }) {
  const { t } = useTranslation('engagement');
  const { t: tApp } = useTranslation('app');
  const errorText = useErrorText();
  const overview = useApiQuery(queryKeys.overview(engagementId), 'engagement:overview', { engagementId });
  const close = useCloseEngagement(engagementId);
  const current = findSection(section)?.id ?? 'overview';

  if (overview.isPending) return <Loading label={tApp('common.loading')} />;
  if (overview.isError) {
    const notOpen = overview.error.code === 'ENGAGEMENT_NOT_OPEN';
    return (
      <main className="engagement__content">
        <EmptyState
          icon={<AlertIcon size={22} />}
          title={notOpen ? t('notOpen.title') : errorText(overview.error)}
          actions={
            <a className="ui-button ui-button--primary" href={routeHref({ name: 'home' })}>
              {tApp('common.backHome')}
            </a>
          }
        >
          {notOpen ? t('notOpen.text') : null}
        </EmptyState>
      </main>
    );
  }

  const data = overview.data;
  return (
    <div className="engagement">
      <aside className="engagement__sidebar">
        <div className="engagement__sidebar-inner">
          <div className="engagement__sidebar-top">
            <Brand />
            <a className="engagement__back" href={routeHref({ name: 'home' })}>
              <ArrowLeftIcon size={14} />
              {t('nav.home')}
            </a>
          </div>
          <SectionNav engagementId={engagementId} current={current} />
          <div className="engagement__sidebar-bottom">
            <HelpButton />
            <LanguageSwitch />
          </div>
        </div>
      </aside>
      <div className="engagement__main">
        <header className="engagement__header">
          <div className="engagement__identity">
            <span className="engagement__client" data-testid="engagement-client">
              {data.info.clientName}
            </span>
            <span className="engagement__file" title={data.path}>
              {data.fileName}
            </span>
          </div>
          <div className="engagement__header-actions">
            <SearchButton />
            <AppSaveIndicator />
            <Button onClick={() => close.mutate()} disabled={close.isPending}>
              {close.isPending ? t('header.closing') : t('header.close')}
            </Button>
          </div>
        </header>
        <main className="engagement__content">
          <div className="engagement__banners">
            {data.readOnly && (
              <div data-testid="read-only-banner">
                <Banner tone="warning">{t('readOnly')}</Banner>
              </div>
            )}
            <FileMovedBanner engagementId={engagementId} />
          </div>
          <JumpHighlighter engagementId={engagementId} section={current} />
          <SectionOutlet sectionId={current} engagementId={engagementId} overview={data} readOnly={data.readOnly} />
        </main>
      </div>
    </div>
  );
}
