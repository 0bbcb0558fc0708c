import { useTranslation } from 'react-i18next';
import { formatPercent, formatRelativeTime, localeOf } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { RecentEngagement } from '../../shared/model/workspace';
import { ArchiveIcon, Button, CopyIcon, IconButton, ProgressBar, Tag, UnarchiveIcon } from '../../ui';
import './RecentEngagements.css';
import { initials } from '../../shared/initials';
import './libraryMessages';

export interface RecentEngagementsProps {
  recents: readonly RecentEngagement[];
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
  onArchive: (path: string, archived: boolean) => void;
  /** « Nouvelle mission à partir de celle-ci »: carries the structure, never the client's data. */
  onNewFrom?: (path: string) => void;
  busyPath: string | null;
}

/** The engagements: client, title, stage, created, last opened, progress; missing files say so. */
export function RecentEngagements({ recents, onOpen, onForget, onArchive, onNewFrom, busyPath }: RecentEngagementsProps) {
  const { t } = useTranslation('home');
  const { t: tl } = useTranslation('homeLibrary');
  const { lang } = useUiLanguage();
  const created = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' });
  return (
    <ul className="recent-list" aria-label={t('recent.caption')}>
      {recents.map((recent) => {
        const percent = formatPercent(recent.progress, lang);
        return (
          <li
            key={recent.path}
            className={`recent-item${recent.exists ? '' : ' recent-item--missing'}`}
            data-testid="recent-engagement"
          >
            <button
              type="button"
              className="recent-item__open"
              disabled={!recent.exists || busyPath !== null}
              aria-label={t('recent.openLabel', { client: recent.clientName })}
              onClick={() => onOpen(recent.path)}
            >
              <span className="recent-item__avatar" aria-hidden="true">
                {initials(recent.clientName)}
              </span>
              <span className="recent-item__text">
                <span className="recent-item__client">{recent.clientName}</span>
                <span className="recent-item__meta">
                  {recent.title || t('recent.untitled')}
                  <span aria-hidden="true"> · </span>
                  {tl('created', { date: created.format(recent.createdAt) })}
                </span>
                {!recent.exists && (
                  <span className="recent-item__missing-path">{t('recent.missingHint', { path: recent.path })}</span>
                )}
              </span>
            </button>
            <div className="recent-item__progress">
              {recent.exists && (
                <>
                  <Tag tone={recent.phase === 'start' ? 'neutral' : 'accent'}>{tl(`phases.${recent.phase}`)}</Tag>
                  <ProgressBar value={recent.progress} label={t('recent.progress')} valueText={percent} />
                </>
              )}
            </div>
            <div className="recent-item__side">
              {recent.exists ? (
                <>
                  <span className="recent-item__when">
                    {t('recent.lastOpened', { when: formatRelativeTime(recent.lastOpenedAt, lang) })}
                  </span>
                  <span className="recent-item__actions">
                    {onNewFrom && (
                      <IconButton
                        icon={<CopyIcon />}
                        label={tl('newFromLabel', { client: recent.clientName })}
                        onClick={() => onNewFrom(recent.path)}
                      />
                    )}
                    <IconButton
                      icon={recent.archived ? <UnarchiveIcon /> : <ArchiveIcon />}
                      label={tl(recent.archived ? 'unarchiveLabel' : 'archiveLabel', { client: recent.clientName })}
                      onClick={() => onArchive(recent.path, !recent.archived)}
                    />
                  </span>
                </>
              ) : (
                <>
                  <Tag tone="warning">{t('recent.missing')}</Tag>
                  <Button size="sm" variant="ghost" onClick={() => onForget(recent.path)}>
                    {t('recent.forget')}
                  </Button>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
