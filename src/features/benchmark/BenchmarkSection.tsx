import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, EmptyState, Loading, PageHeader, Tabs } from '../../ui';
import type { SectionProps } from '../engagement/sectionTypes';
import './benchmark.css';
import './benchmarkMessages';
import { BenchmarkChart } from './BenchmarkChart';
import { BenchmarkGridTable } from './BenchmarkGridTable';
import { CompetitorsEditor } from './CompetitorsEditor';
import { LearningsEditor } from './LearningsEditor';
import { MetricsEditor } from './MetricsEditor';
import { RankingList } from './RankingList';
import { useBenchmark } from './useBenchmark';
import { useJumpHolder } from '../../app/jump/jumpTarget';

type Tab = 'competitors' | 'grid' | 'chart' | 'metrics' | 'learnings';

/** « Benchmark concurrentiel » : competitors, the audit's grid scored for each, the comparison, audience and learnings. */
export default function BenchmarkSection({ engagementId, overview, readOnly }: SectionProps) {
  const { t } = useTranslation('benchmark');
  const bench = useBenchmark(engagementId);
  const [tab, setTab] = useState<Tab>('competitors');
  useJumpHolder('benchmark', (target) => setTab(target.kind === 'learning' ? 'learnings' : 'competitors'));
  if (!bench.grid.data) return <Loading label="…" />;
  const grid = bench.grid.data;
  const clientName = overview.info.clientName;
  const addCompetitors = () => setTab('competitors');
  const summary = bench.summary.data ?? [];
  const nothingScored = summary.every((r) => r.client === null && Object.values(r.competitors).every((v) => v === null));
  // Nothing scored by anyone: one explanation and the next step, not an empty chart and an empty ranking.
  const comparison = nothingScored ? (
    <Card>
      <EmptyState
        title={t('emptyViews.compareTitle')}
        actions={
          grid.competitors.length === 0 ? (
            <Button variant="primary" onClick={addCompetitors}>{t('emptyViews.addCompetitors')}</Button>
          ) : (
            <Button variant="primary" onClick={() => setTab('grid')}>{t('emptyViews.scoreGrid')}</Button>
          )
        }
      >
        {t('emptyViews.compareText')}
      </EmptyState>
    </Card>
  ) : (
    <div className="benchmark__stack">
      <BenchmarkChart rows={summary} competitors={grid.competitors} clientName={clientName} />
      <RankingList ranking={bench.ranking.data ?? []} />
    </div>
  );
  return (
    <div className="benchmark">
      <PageHeader eyebrow={t('eyebrow')} title={t('title')} description={t('description')} />
      <Tabs
        label={t('title')}
        value={tab}
        onChange={setTab}
        items={[
          { value: 'competitors', label: t('tabs.competitors'), panel: <CompetitorsEditor engagementId={engagementId} competitors={grid.competitors} readOnly={readOnly} onChange={bench.refresh} /> },
          { value: 'grid', label: t('tabs.grid'), panel: <BenchmarkGridTable engagementId={engagementId} grid={grid} clientName={clientName} readOnly={readOnly} onChange={bench.refresh} onAddCompetitors={addCompetitors} /> },
          { value: 'chart', label: t('tabs.chart'), panel: comparison },
          { value: 'metrics', label: t('tabs.metrics'), panel: <MetricsEditor engagementId={engagementId} competitors={grid.competitors} readOnly={readOnly} onAddCompetitors={addCompetitors} /> },
          { value: 'learnings', label: t('tabs.learnings'), panel: <LearningsEditor engagementId={engagementId} competitors={grid.competitors} readOnly={readOnly} /> },
        ]}
      />
    </div>
  );
}
