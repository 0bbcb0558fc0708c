import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchmarkScore } from '../../shared/model/benchmark';
import { isStale } from '../../shared/observationAge';
import { ObservationDialog } from './ObservationDialog';

const SCORES = ['0', '1', '2', '3', '4', '5'] as const;
type Patch = { score?: number | null; notApplicable?: boolean; note?: string; observedOn?: string | null };

/**
 * One competitor × criterion: the score (native select: arrows and digits work), and under it
 * the date it was observed, flagged when old; the date opens the note and date editor.
 */
export function ScoreCell({ who, criterion, score, today, readOnly, onSave }: {
  who: string; criterion: string; score: BenchmarkScore | undefined; today: string; readOnly: boolean; onSave: (patch: Patch) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation('benchmark');
  const [open, setOpen] = useState(false);
  const value = !score ? '' : score.notApplicable ? 'na' : score.score === null ? '' : String(score.score);
  const stale = isStale(score?.observedOn ?? null, today);
  const date = score?.observedOn ? new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric' }).format(new Date(`${score.observedOn}T12:00:00`)) : null;
  const hasNote = Boolean(score?.note.trim());
  const title = t('grid.cell', { who, criterion });
  return (
    <td className={stale ? 'bench-cell is-stale' : 'bench-cell'}>
      <select
        className="ui-input bench-grid__score"
        aria-label={title}
        value={value}
        disabled={readOnly}
        onChange={(event) => {
          const v = event.target.value;
          // A score given today is observed today, unless a date was already set.
          const observedOn = score?.observedOn ?? today;
          void onSave(v === 'na' ? { notApplicable: true, observedOn } : v === '' ? { score: null, notApplicable: false } : { score: Number(v), notApplicable: false, observedOn });
        }}
      >
        <option value="">{t('grid.none')}</option>
        {SCORES.map((x) => (
          <option key={x} value={x}>{x}</option>
        ))}
        <option value="na">{t('grid.na')}</option>
      </select>
      {/* An empty cell has nothing observed yet: its date and note come with its score. */}
      {score && (
        <button
          type="button"
          className="bench-cell__observation"
          aria-label={[t('observation.open', { title }), date ? t('observation.seen', { date }) : t('observation.undated'), stale ? t('observation.stale') : '', hasNote ? t('observation.hasNote') : ''].filter(Boolean).join(', ')}
          title={[score?.note, date].filter(Boolean).join(' · ') || undefined}
          onClick={() => setOpen(true)}
        >
          {stale && <span aria-hidden="true">⚠ </span>}
          {date ?? t('observation.noDate')}
          {hasNote && <span aria-hidden="true"> ✎</span>}
        </button>
      )}
      {open && <ObservationDialog title={title} score={score} readOnly={readOnly} onSave={onSave} onClose={() => setOpen(false)} />}
    </td>
  );
}
