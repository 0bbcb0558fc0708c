import { useTranslation } from 'react-i18next';
import type { CriterionRanking } from '../../shared/model/benchmark';
import { Card } from '../../ui';

/** Who leads on each criterion (equal scores share a rank); the client's line stands out. */
export function RankingList({ ranking }: { ranking: CriterionRanking[] }) {
  const { t } = useTranslation('benchmark');
  // A criterion only the client was scored on ranks nobody against anybody: left out.
  const ranked = ranking.filter((r) => r.entries.length > 1);
  return (
    <Card title={t('ranking.title')}>
      {ranked.length === 0 ? (
        <p className="bench-empty">{t('ranking.empty')}</p>
      ) : (
        <ol className="ranking">
          {ranked.map((r) => (
            <li key={r.criterionId} className="ranking__row">
              <span className="ranking__criterion">
                <span className="ranking__channel">{r.channelName}</span> {r.label}
              </span>
              <ol className="ranking__entries">
                {r.entries.map((e) => (
                  <li key={String(e.who)} className={e.who === 'client' ? 'is-client' : undefined}>
                    <strong>{e.rank === 1 ? t('ranking.first') : t('ranking.rank', { rank: e.rank })}</strong> {e.name} <span className="ranking__score">{e.score}/5</span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
