import { useTranslation } from 'react-i18next';
import type { AuditChannel, Recommendation } from '../../shared/model/audit';
import { Card } from '../../ui';

type Quadrant = 'quickWins' | 'bigBets' | 'fillIns' | 'avoid';

/** High impact = 3 (2 counts as high when effort is low). Quadrants follow the usual consulting reading. */
function quadrantOf(rec: Recommendation): Quadrant {
  const highImpact = rec.impact === 3 || (rec.impact === 2 && rec.effort === 1);
  const lowEffort = rec.effort < 3 && !(rec.effort === 2 && rec.impact === 2);
  if (highImpact) return lowEffort ? 'quickWins' : 'bigBets';
  return lowEffort ? 'fillIns' : 'avoid';
}

const ORDER: Quadrant[] = ['quickWins', 'bigBets', 'fillIns', 'avoid'];

/** Every recommendation placed by impact (rows) and effort (columns), as labelled lists a screen reader reads in order. */
export function ImpactEffortMatrix({ channels }: { channels: AuditChannel[] }) {
  const { t } = useTranslation('audit');
  const recs = channels.flatMap((c) => c.recommendations.map((rec) => ({ rec, channel: c.name })));
  return (
    <Card title={t('matrix.title')} description={t('matrix.caption')}>
      {recs.length === 0 ? (
        <p className="audit-empty">{t('matrix.empty')}</p>
      ) : (
        <div className="matrix" data-testid="impact-effort-matrix">
          <span className="matrix__axis matrix__axis--y">{t('recs.impact')} ↑</span>
          <span className="matrix__axis matrix__axis--x">{t('recs.effort')} →</span>
          {ORDER.map((quadrant) => {
            const items = recs.filter(({ rec }) => quadrantOf(rec) === quadrant);
            return (
              <section key={quadrant} className={`matrix__cell matrix__cell--${quadrant}`} aria-label={t(`matrix.${quadrant}`)}>
                <h3 className="matrix__title">{t(`matrix.${quadrant}`)} <span className="matrix__count">{items.length}</span></h3>
                <ul>
                  {items.map(({ rec, channel }) => (
                    <li key={rec.id}>
                      {rec.text} <span className="matrix__channel">· {channel}</span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </Card>
  );
}
