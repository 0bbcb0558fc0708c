import { useTranslation } from 'react-i18next';
import { formatPercent, formatRelativeTime } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { RecentEngagement } from '../../shared/model/workspace';
import { Button, ProgressBar, Tag } from '../../ui';
import './RecentEngagements.css';
import { initials } from '../../shared/initials';

export interface RecentEngagementsProps {
  recents: readonly RecentEngagement[];
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
  busyPath: string | null;
}

/** The recent engagements: client, title, last opened, progress; missing files say so. */
export function RecentEngagements({ recents, onOpen, onForget, busyPath }: RecentEngagementsProps) {
  const { t } = useTranslation('home');
  const { lang } = useUiLanguage();
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
                <span className="recent-item__meta">{recent.title || t('recent.untitled')}</span>
                {!recent.exists && (
                  <span className="recent-item__missing-path">{t('recent.missingHint', { path: recent.path })}</span>
                )}
              </span>
            </button>
            <div className="recent-item__progress">
              {recent.exists && (
                <ProgressBar value={recent.progress} label={t('recent.progress')} valueText={percent} />
              )}
            </div>
            <div className="recent-item__side">
              {recent.exists ? (
                <>
                  {recent.status === 'archived' && <Tag>{t('recent.archived')}</Tag>}
                  <span className="recent-item__when">
                    {t('recent.lastOpened', { when: formatRelativeTime(recent.lastOpenedAt, lang) })}
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
