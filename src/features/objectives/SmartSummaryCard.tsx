import { useTranslation } from 'react-i18next';
import { summariseSmart } from '../../shared/smartCheck';
import type { Objective, SmartLetter } from '../../shared/model/objectives';

const LETTERS: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

/**
 * How SMART the objectives are, letter by letter, and the most frequent gap.
 * Exported for the overview page too (it can read `objective:smartSummary`).
 */
export function SmartSummaryCard({ objectives }: { objectives: Objective[] }) {
  const { t } = useTranslation('objectives');
  const summary = summariseSmart(objectives);
  const top = summary.topHints[0];
  return (
    <section className="smart-summary" aria-label={t('summary.title')}>
      <div>
        <h2 className="smart-summary__title">{t('summary.title')}</h2>
        <p className="smart-summary__figure">{summary.total ? t('summary.complete', { complete: summary.complete, total: summary.total }) : t('summary.none')}</p>
      </div>
      <div className="smart-summary__letters">
        {LETTERS.map((letter) => (
          <div key={letter} className="smart-summary__letter">
            <span className="smart-summary__count">
              {summary.byLetter[letter]}/{summary.total}
            </span>
            <span className="smart-summary__name">{t(`letters.${letter}`)}</span>
          </div>
        ))}
      </div>
      {top && <p className="smart-summary__hint">{t(`hints.${top.code}`)}</p>}
    </section>
  );
}
