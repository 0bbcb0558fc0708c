/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { AXIS_COLOR, GRID_COLOR } from './chartProps';

export interface TimelineRow {
  label: string;
  /** 'YYYY-MM-DD' */
  start: string;
  end: string;
  color: string;
  milestone?: boolean;
  /** A phase title row: drawn as a band label, no bar. */
  heading?: boolean;
}

const DAY = 86_400_000;
const ROW = 22;
const TOP = 34;
const LABEL_WIDTH = 230;

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Height the timeline needs for its rows, so the caller can size it before drawing. */
export function timelineHeight(rows: number): number {
  return TOP + rows * ROW + 12;
}

/** A Gantt-style calendar of the plan's actions grouped by phase; plain SVG, no animation. */
export function PlanTimeline({ rows, width, fontFamily, locale }: { rows: TimelineRow[]; width: number; fontFamily: string; locale: string }) {
  const dated = rows.filter((r) => !r.heading);
  const start = Math.min(...dated.map((r) => toTime(r.start)));
  const end = Math.max(...dated.map((r) => toTime(r.end))) + DAY;
  const span = Math.max(end - start, 7 * DAY);
  const plotWidth = width - LABEL_WIDTH - 12;
  const x = (time: number) => LABEL_WIDTH + ((time - start) / span) * plotWidth;
  const height = timelineHeight(rows.length);
  const months: { time: number; label: string }[] = [];
  const cursor = new Date(start);
  cursor.setUTCDate(1);
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  while (cursor.getTime() <= end) {
    if (cursor.getTime() >= start - DAY) months.push({ time: cursor.getTime(), label: monthFormat.format(cursor) });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  // Every month keeps its grid line; labels go every `step` months so they never run into each
  // other (« avr. 26 » is about 45 px at 11 px, a month of a year-long plan about 35 px), and a
  // label that would run past the right edge is left out.
  const labelWidth = Math.max(0, ...months.map((m) => m.label.length)) * 11 * 0.56 + 10;
  const monthWidth = (30.4 * DAY * plotWidth) / span;
  const step = Math.max(1, Math.ceil(labelWidth / monthWidth));
  const labelled = (index: number, time: number) => index % step === 0 && x(Math.max(time, start)) + 4 + labelWidth - 10 <= width;
  return (
    <svg className="recharts-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ fontFamily }}>
      <rect x={0} y={0} width={width} height={height} fill="#FFFFFF" />
      {months.map((m, index) => (
        <g key={m.time}>
          <line x1={x(Math.max(m.time, start))} x2={x(Math.max(m.time, start))} y1={TOP - 8} y2={height - 8} stroke={GRID_COLOR} />
          {labelled(index, m.time) && <text x={x(Math.max(m.time, start)) + 4} y={TOP - 14} fontSize={11} fill={AXIS_COLOR} fontFamily={fontFamily}>{m.label}</text>}
        </g>
      ))}
      {rows.map((row, index) => {
        const y = TOP + index * ROW;
        if (row.heading) {
          return (
            <g key={`h${index}`}>
              <rect x={0} y={y + 2} width={width} height={ROW - 4} fill="#F0F2F5" />
              <text x={6} y={y + 15} fontSize={11.5} fontWeight="bold" fill="#262626" fontFamily={fontFamily}>{clip(row.label, 60)}</text>
            </g>
          );
        }
        const x1 = x(toTime(row.start));
        const x2 = Math.max(x(toTime(row.end) + DAY), x1 + 4);
        return (
          <g key={`r${index}`}>
            <text x={14} y={y + 15} fontSize={11} fill="#262626" fontFamily={fontFamily}>{clip(row.label, 38)}</text>
            {row.milestone ? (
              <path d={`M ${x1} ${y + 4} L ${x1 + 7} ${y + 11} L ${x1} ${y + 18} L ${x1 - 7} ${y + 11} Z`} fill={row.color} />
            ) : (
              <rect x={x1} y={y + 5} width={x2 - x1} height={ROW - 10} rx={3} fill={row.color} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
