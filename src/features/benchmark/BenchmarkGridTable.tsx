import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { BenchmarkGrid } from '../../shared/model/benchmark';
import { isStale, STALE_AFTER_MONTHS } from '../../shared/observationAge';
import { localIsoDate } from '../../shared/smartCheck';
import { Banner, Button, EmptyState, useKeyboardScroll } from '../../ui';
import { SectionLink } from '../engagement/SectionLink';
import { ScoreCell } from './ScoreCell';

/** The audit's criteria as rows, the client (from its audit) then each competitor as columns; each cell a score with its note and date. */
export function BenchmarkGridTable({ engagementId, grid, clientName, readOnly, onChange, onAddCompetitors }: {
  engagementId: string; grid: BenchmarkGrid; clientName: string; readOnly: boolean; onChange: () => void; onAddCompetitors: () => void;
}) {
  const { t } = useTranslation('benchmark');
  const setScore = useSaveMutation('benchmark:setScore', { onSuccess: onChange });
  // Read once per visit: the age of an observation does not need to tick.
  const [today] = useState(() => localIsoDate(Date.now()));
  const scrollRef = useKeyboardScroll(t('tabs.grid'));
  if (grid.competitors.length === 0) {
    return (
      <EmptyState title={t('emptyViews.grid')} actions={<Button variant="primary" onClick={onAddCompetitors}>{t('emptyViews.addCompetitors')}</Button>}>
        {t('grid.empty')}
      </EmptyState>
    );
  }
  if (grid.channels.length === 0) {
    return (
      <EmptyState title={t('tabs.grid')} actions={<SectionLink engagementId={engagementId} section="audit" primary>{t('emptyViews.openAudit')}</SectionLink>}>
        {t('emptyViews.noChannel')}
      </EmptyState>
    );
  }
  const cell = new Map(grid.scores.map((s) => [`${s.competitorId}:${s.criterionId}`, s]));
  const stale = grid.scores.filter((s) => (s.score !== null || s.notApplicable) && isStale(s.observedOn, today)).length;
  return (
    <div className="bench-grid-block">
      {stale > 0 && (
        <Banner tone="warning">
          <span data-testid="stale-observations">{t('grid.stale', { count: stale, months: STALE_AFTER_MONTHS })}</span>
        </Banner>
      )}
      <div className="ui-table-wrap bench-grid-wrap" ref={scrollRef}>
        <table className="ui-table bench-grid">
          <caption className="visually-hidden">{t('tabs.grid')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grid.criterion')}</th>
              <th scope="col" className="bench-grid__client ui-table__name">{clientName || t('grid.client')}</th>
              {grid.competitors.map((c) => (
                <th key={c.id} scope="col" className="ui-table__name">{c.name}</th>
              ))}
            </tr>
          </thead>
          {grid.channels.map((channel) => (
            <tbody key={channel.id}>
              <tr className="bench-grid__channel">
                <th scope="rowgroup" colSpan={grid.competitors.length + 2}>{channel.name}</th>
              </tr>
              {channel.criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row" className="bench-grid__label">{criterion.label}</th>
                  <td className="bench-grid__client">{criterion.clientNotApplicable ? t('grid.na') : (criterion.clientScore ?? t('grid.none'))}</td>
                  {grid.competitors.map((competitor) => (
                    <ScoreCell
                      key={competitor.id}
                      who={competitor.name}
                      criterion={criterion.label}
                      score={cell.get(`${competitor.id}:${criterion.id}`)}
                      today={today}
                      readOnly={readOnly}
                      onSave={(patch) => setScore.mutateAsync({ engagementId, competitorId: competitor.id, criterionId: criterion.id, patch })}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
