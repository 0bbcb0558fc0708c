import { useTranslation } from 'react-i18next';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { BenchmarkGrid, BenchmarkScore } from '../../shared/model/benchmark';
import { EmptyState } from '../../ui';

const SCORES = ['0', '1', '2', '3', '4', '5'] as const;

/** The audit's criteria as rows, the client (from its audit) then each competitor as columns; each cell a score with its note and date. */
export function BenchmarkGridTable({ engagementId, grid, clientName, readOnly, onChange }: { engagementId: string; grid: BenchmarkGrid; clientName: string; readOnly: boolean; onChange: () => void }) {
  const { t } = useTranslation('benchmark');
  const setScore = useSaveMutation('benchmark:setScore', { onSuccess: onChange });
  if (grid.competitors.length === 0 || grid.channels.length === 0) return <EmptyState title={t('tabs.grid')}>{t('grid.empty')}</EmptyState>;
  const cell = new Map(grid.scores.map((s) => [`${s.competitorId}:${s.criterionId}`, s]));
  const today = new Date().toISOString().slice(0, 10);
  const value = (s: BenchmarkScore | undefined) => (!s ? '' : s.notApplicable ? 'na' : s.score === null ? '' : String(s.score));
  return (
    <div className="ui-table-wrap bench-grid-wrap">
      <table className="ui-table bench-grid">
        <caption className="visually-hidden">{t('tabs.grid')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.criterion')}</th>
            <th scope="col" className="bench-grid__client">{clientName || t('grid.client')}</th>
            {grid.competitors.map((c) => (
              <th key={c.id} scope="col">{c.name}</th>
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
                {grid.competitors.map((competitor) => {
                  const s = cell.get(`${competitor.id}:${criterion.id}`);
                  return (
                    <td key={competitor.id}>
                      <select
                        className="ui-input bench-grid__score"
                        aria-label={t('grid.cell', { who: competitor.name, criterion: criterion.label })}
                        title={[s?.note, s?.observedOn].filter(Boolean).join(' · ') || undefined}
                        value={value(s)}
                        disabled={readOnly}
                        onChange={(event) => {
                          const v = event.target.value;
                          const observedOn = s?.observedOn ?? today;
                          setScore.mutate({
                            engagementId, competitorId: competitor.id, criterionId: criterion.id,
                            patch: v === 'na' ? { notApplicable: true, observedOn } : v === '' ? { score: null, notApplicable: false } : { score: Number(v), observedOn },
                          });
                        }}
                      >
                        <option value="">{t('grid.none')}</option>
                        {SCORES.map((x) => (
                          <option key={x} value={x}>{x}</option>
                        ))}
                        <option value="na">{t('grid.na')}</option>
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
