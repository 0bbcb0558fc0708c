import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import type { Lang } from '../../shared/lang';
import type { EngagementCounts } from '../../shared/model/engagement';
import { DELIVERABLE_KINDS, type DeliverableKind } from '../../shared/model/deliverables';
import { Banner, Button, Card } from '../../ui';
import { DeliverablePicker } from './DeliverablePicker';
import { ExportProgress } from './ExportProgress';
import { ExportResultList } from './ExportResultList';
import { useExportJob } from './useExportJob';

/** Choose the deliverables, export them, follow the progress, see the files written. */
export function ExportCard({ engagementId, counts, lang, profileId }: { engagementId: string; counts: EngagementCounts; lang: Lang; profileId: string | null }) {
  const { t } = useTranslation('deliverables');
  const errorText = useErrorText();
  const [selected, setSelected] = useState<Set<DeliverableKind>>(() => new Set());
  const { state, run } = useExportJob(engagementId);
  const running = state.status === 'running';
  const start = (kinds: DeliverableKind[]) => void run(kinds, { lang, profileId });
  const chosen = DELIVERABLE_KINDS.filter((kind) => selected.has(kind));

  return (
    <Card title={t('choose.title')} description={t('choose.description')} className="export-card">
      <DeliverablePicker engagementId={engagementId} counts={counts} selected={selected} onChange={setSelected} disabled={running} />
      <div className="export-card__actions">
        <Button variant="primary" disabled={running || chosen.length === 0} onClick={() => start(chosen)}>
          {chosen.length ? t('choose.exportSelected', { count: chosen.length }) : t('choose.exportNone')}
        </Button>
        <Button disabled={running} onClick={() => start([...DELIVERABLE_KINDS])}>
          {t('choose.exportAll')}
        </Button>
      </div>
      {state.status === 'running' && <ExportProgress progress={state.progress} step={state.step} />}
      {state.status === 'error' && <Banner tone="danger">{errorText(state.error)}</Banner>}
      {state.status === 'done' && <ExportResultList result={state.result} />}
    </Card>
  );
}
