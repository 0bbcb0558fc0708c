import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { localeOf } from '../../app/format/intl';
import type { TimelineAction } from '../../shared/model/plan';
import { Button, EmptyState, Loading, useKeyboardScroll } from '../../ui';
import './planEmptyMessages';
import { usePlanQuery } from './usePlan';

const DAY = 86_400_000;
const ROW = 28;
const LABEL = 260;
const WIDTH = 1100;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Gantt by phase: bars, milestones (diamonds), finish-to-start links, today's line, late actions in red. */
export function TimelineView({ engagementId, onOpenTable }: { engagementId: string; onOpenTable: () => void }) {
  const { t } = useTranslation('plan');
  const { t: tEmpty } = useTranslation('planEmpty');
  const { lang } = useUiLanguage();
  const data = usePlanQuery(engagementId, 'plan:timeline', { engagementId }).data;
  const scrollRef = useKeyboardScroll(t('timeline.label'));
  if (!data) return <Loading label="…" />;
  if (!data.range) {
    return (
      <div className="plan-empty" data-testid="plan-empty-undated">
        <EmptyState title={tEmpty('undated.title')} actions={<Button onClick={onOpenTable}>{tEmpty('undated.action')}</Button>}>
          {tEmpty('undated.text')}
        </EmptyState>
      </div>
    );
  }
  const start = Math.min(toTime(data.range.start), toTime(data.today)) - 3 * DAY;
  const end = Math.max(toTime(data.range.end), toTime(data.today)) + 4 * DAY;
  const x = (iso: string) => LABEL + ((toTime(iso) - start) / (end - start)) * (WIDTH - LABEL - 16);
  const rows: ({ heading: string } | { action: TimelineAction })[] = data.phases.flatMap((p) => [{ heading: p.name || t('timeline.noPhase') }, ...p.actions.map((action) => ({ action }))]);
  const yOf = new Map<number, number>();
  rows.forEach((r, i) => 'action' in r && yOf.set(r.action.id, 30 + i * ROW + ROW / 2));
  const height = 30 + rows.length * ROW + 10;
  const months: Date[] = [];
  for (const d = new Date(start); d.getTime() <= end; d.setUTCMonth(d.getUTCMonth() + 1, 1)) months.push(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)));
  const monthName = new Intl.DateTimeFormat(localeOf(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const todayX = x(data.today);
  return (
    <div className="timeline" data-testid="timeline" ref={scrollRef}>
      <svg width={WIDTH} height={height} role="img" aria-label={t('timeline.label')} className="timeline__svg">
        <defs>
          <marker id="tl-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L8,4 L0,8 z" fill="#5c636b" />
          </marker>
        </defs>
        {months.filter((m, i) => m.getTime() >= start && i % Math.max(1, Math.ceil((months.length * 64) / (WIDTH - LABEL))) === 0).map((m) => (
          <g key={m.getTime()}>
            <line x1={x(m.toISOString().slice(0, 10))} x2={x(m.toISOString().slice(0, 10))} y1={22} y2={height} className="timeline__grid" />
            <text x={x(m.toISOString().slice(0, 10)) + 4} y={16} className="timeline__month">{monthName.format(m)}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = 30 + i * ROW;
          if ('heading' in r) return <text key={`h${i}`} x={8} y={y + 19} className="timeline__phase">{r.heading}</text>;
          const a = r.action;
          const x1 = x(a.startDate!);
          const x2 = x(a.endDate!) + (WIDTH - LABEL) / ((end - start) / DAY);
          const cls = a.late ? 'timeline__bar timeline__bar--late' : `timeline__bar timeline__bar--${a.status}`;
          return (
            <g key={a.id} data-testid="timeline-action">
              <text x={20} y={y + 18} className={a.late ? 'timeline__label timeline__label--late' : 'timeline__label'}>
                {a.title.length > 34 ? `${a.title.slice(0, 33)}…` : a.title}
              </text>
              {a.isMilestone ? (
                <path d={`M${x1},${y + 5} l9,9 l-9,9 l-9,-9 z`} className={a.late ? 'timeline__milestone timeline__milestone--late' : 'timeline__milestone'}><title>{`${t('timeline.milestone')} · ${a.title}`}</title></path>
              ) : (
                <rect x={x1} y={y + 7} width={Math.max(4, x2 - x1)} height={ROW - 14} rx={3} className={cls}><title>{a.late ? `${a.title} · ${t('timeline.late')}` : a.title}</title></rect>
              )}
            </g>
          );
        })}
        {data.dependencies.map((d) => {
          const from = rows.find((r) => 'action' in r && r.action.id === d.fromId) as { action: TimelineAction } | undefined;
          const to = rows.find((r) => 'action' in r && r.action.id === d.toId) as { action: TimelineAction } | undefined;
          if (!from || !to) return null;
          const fx = x(from.action.endDate!) + (WIDTH - LABEL) / ((end - start) / DAY);
          const tx = x(to.action.startDate!);
          const fy = yOf.get(d.fromId)!;
          const ty = yOf.get(d.toId)!;
          return <path key={`${d.fromId}-${d.toId}`} d={`M${fx},${fy} C${fx + 18},${fy} ${tx - 18},${ty} ${tx - 2},${ty}`} fill="none" stroke={d.conflict ? '#b42318' : '#5c636b'} strokeWidth={1.4} markerEnd="url(#tl-arrow)" />;
        })}
        <line x1={todayX} x2={todayX} y1={22} y2={height} className="timeline__today-line" strokeWidth={2} strokeDasharray="4 3" />
        <text x={todayX + 4} y={height - 4} className="timeline__today">{t('timeline.today')}</text>
      </svg>
    </div>
  );
}
