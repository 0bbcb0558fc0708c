import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { ENGAGEMENT_PHASES, type EngagementPhase } from '../../shared/engagementPhase';
import type { RecentEngagement } from '../../shared/model/workspace';
import { ArchiveIcon, Button, Card, EmptyState, Select, TextField } from '../../ui';
import { clientNames, DEFAULT_FILTER, isFiltered, SORT_KEYS, visibleEngagements, type ListFilter, type SortKey } from './engagementList';
import { RecentEngagements, type RecentEngagementsProps } from './RecentEngagements';
import './libraryMessages';
import './EngagementLibrary.css';

type Props = Omit<RecentEngagementsProps, 'recents'> & { recents: readonly RecentEngagement[] };

/** The home screen's list: current or archived, searched, filtered by client and stage, sorted. */
export function EngagementLibrary({ recents, ...rowProps }: Props) {
  const { t } = useTranslation('homeLibrary');
  const { lang } = useUiLanguage();
  const [filter, setFilter] = useState<ListFilter>(DEFAULT_FILTER);
  const set = <K extends keyof ListFilter>(key: K) => (value: ListFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));

  const archivedCount = useMemo(() => recents.filter((recent) => recent.archived).length, [recents]);
  const shown = useMemo(() => visibleEngagements(recents, filter, lang), [recents, filter, lang]);
  const clients = useMemo(() => clientNames(recents, lang), [recents, lang]);
  const views = [
    { archived: false, label: t('views.active'), count: recents.length - archivedCount },
    { archived: true, label: t('views.archived'), count: archivedCount },
  ];

  return (
    <Card className="home__recent library" data-testid="engagement-library" aria-label={t('views.label')}>
      <div className="library__toolbar">
        <div className="library__views" role="group" aria-label={t('views.label')}>
          {views.map((view) => (
            <button
              key={String(view.archived)}
              type="button"
              className="library__view"
              aria-pressed={filter.archived === view.archived}
              onClick={() => set('archived')(view.archived)}
            >
              {view.label}
              <span className="library__view-count">{view.count}</span>
            </button>
          ))}
        </div>
        <TextField
          className="library__search"
          type="search"
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={filter.text}
          onChange={set('text')}
        />
        <Select
          className="library__client"
          label={t('client')}
          value={filter.client}
          onChange={set('client')}
          options={[{ value: '', label: t('allClients') }, ...clients.map((name) => ({ value: name, label: name }))]}
        />
        <Select<EngagementPhase | 'all'>
          className="library__phase"
          label={t('phase')}
          value={filter.phase}
          onChange={set('phase')}
          options={[{ value: 'all', label: t('allPhases') }, ...ENGAGEMENT_PHASES.map((phase) => ({ value: phase, label: t(`phases.${phase}`) }))]}
        />
        <Select<SortKey>
          className="library__sort"
          label={t('sort')}
          value={filter.sort}
          onChange={set('sort')}
          options={SORT_KEYS.map((key) => ({ value: key, label: t(`sortBy.${key}`) }))}
        />
      </div>
      <p className="library__count" role="status">
        {t('count', { count: shown.length })}
      </p>
      {shown.length > 0 ? (
        <RecentEngagements recents={shown} {...rowProps} />
      ) : isFiltered(filter) ? (
        <EmptyState
          headingLevel={3}
          title={t('noMatch.title')}
          actions={<Button onClick={() => setFilter((f) => ({ ...DEFAULT_FILTER, archived: f.archived, sort: f.sort }))}>{t('noMatch.clear')}</Button>}
        >
          {t('noMatch.text')}
        </EmptyState>
      ) : filter.archived ? (
        <EmptyState headingLevel={3} icon={<ArchiveIcon size={22} />} title={t('noArchived.title')}>
          {t('noArchived.text')}
        </EmptyState>
      ) : (
        <EmptyState headingLevel={3} icon={<ArchiveIcon size={22} />} title={t('allArchived.title')}>
          {t('allArchived.text')}
        </EmptyState>
      )}
    </Card>
  );
}
