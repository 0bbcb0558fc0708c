/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { AXIS_COLOR, GRID_COLOR, type ChartFrame, type Series } from './chartProps';

export interface RadarDatum {
  axis: string;
  [seriesKey: string]: string | number;
}

/** Scores out of 5 per channel (audit) or per channel and competitor (benchmark, ≤ 6 series). */
export function AuditRadar({ data, series, width, height, fontFamily }: ChartFrame & { data: RadarDatum[]; series: Series[] }) {
  return (
    <RadarChart width={width} height={height} data={data} outerRadius="72%" margin={{ top: 16, right: 60, bottom: 16, left: 60 }} style={{ fontFamily }}>
      <PolarGrid stroke={GRID_COLOR} />
      <PolarAngleAxis dataKey="axis" tick={{ fill: '#262626', fontSize: 13, fontFamily }} />
      <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fill: AXIS_COLOR, fontSize: 10, fontFamily }} axisLine={false} />
      {series.map((s, index) => (
        <Radar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={s.color}
          strokeWidth={2}
          fill={s.color}
          fillOpacity={index === 0 ? 0.28 : 0.06}
          isAnimationActive={false}
        />
      ))}
    </RadarChart>
  );
}
