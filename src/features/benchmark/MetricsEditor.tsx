import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { Competitor } from '../../shared/model/benchmark';
import { Button, EmptyState, IconButton, Table } from '../../ui';
import { isStale } from '../../shared/observationAge';
import { localIsoDate } from '../../shared/smartCheck';
import { CsvImportDialog } from './CsvImportDialog';
import { MetricForm } from './MetricForm';

/** Audience measures per competitor with the date they were read and their source: typed here or imported from CSV; old readings are flagged. */
export function MetricsEditor({ engagementId, competitors, readOnly, onAddCompetitors }: { engagementId: string; competitors: Competitor[]; readOnly: boolean; onAddCompetitors: () => void }) {
  const { t, i18n } = useTranslation('benchmark');
  const { lang } = useUiLanguage();
  const queryClient = useQueryClient();
  const key = ['benchmark', 'metrics', engagementId];
  const metrics = useApiQuery(key, 'benchmark:metrics', { engagementId });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const remove = useSaveMutation('benchmark:deleteMetric', { onSuccess: refresh });
  const [importing, setImporting] = useState(false);
  // Read once per visit: the age of a reading does not need to tick.
  const [today] = useState(() => localIsoDate(Date.now()));
  const name = (id: number) => competitors.find((c) => c.id === id)?.name ?? '';
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  // Through the app's locales (en-GB, not the browser's en-US): « 3 Mar 2026 » like every other date.
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, lang, 'medium') : '—');
  return (
    <div className="bench-metrics">
      {!readOnly && competitors.length > 0 && <MetricForm engagementId={engagementId} competitors={competitors} onAdded={refresh} />}
      {!readOnly && competitors.length > 0 && (
        <div className="bench-toolbar">
          <Button onClick={() => setImporting(true)}>{t('metrics.import')}</Button>
        </div>
      )}
      {(metrics.data ?? []).length === 0 ? (
        // No competitor yet: measures have nobody to belong to, the next step is the competitors tab.
        <EmptyState
          title={t('emptyViews.metrics')}
          actions={competitors.length === 0 && !readOnly && <Button variant="primary" onClick={onAddCompetitors}>{t('emptyViews.addCompetitors')}</Button>}
        >
          {t(competitors.length === 0 ? 'emptyViews.metricsNoCompetitor' : 'metrics.empty')}
        </EmptyState>
      ) : (
        <Table
          caption={t('metrics.title')}
          rows={metrics.data ?? []}
          rowKey={(m) => m.id}
          columns={[
            { key: 'c', header: t('metrics.competitor'), render: (m) => name(m.competitorId) },
            { key: 'm', header: t('metrics.metric'), render: (m) => [m.metric, m.network].filter(Boolean).join(' · ') },
            { key: 'v', header: t('metrics.value'), align: 'numeric', render: (m) => `${number.format(m.value)}${m.unit ? `\u00a0${m.unit}` : ''}` },
            {
              key: 'd',
              header: t('metrics.observedOn'),
              render: (m) => (isStale(m.observedOn, today) ? <span className="bench-stale" title={t('metrics.stale')}>⚠ {date(m.observedOn)}<span className="visually-hidden"> ({t('metrics.stale')})</span></span> : date(m.observedOn)),
            },
            { key: 's', header: t('metrics.source'), render: (m) => m.source },
            { key: 'x', header: '', align: 'actions', render: (m) => (readOnly ? null : <IconButton label={t('metrics.delete')} icon="×" onClick={() => remove.mutate({ engagementId, id: m.id })} />) },
          ]}
        />
      )}
      {importing && <CsvImportDialog engagementId={engagementId} onClose={() => setImporting(false)} onImported={refresh} />}
    </div>
  );
}
