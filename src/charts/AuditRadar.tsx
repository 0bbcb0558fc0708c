/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { AXIS_COLOR, GRID_COLOR, LABEL_COLOR, type ChartFrame, type Series } from './chartProps';
import { LINE_HEIGHT } from './labelLayout';
import { firstLineOffset, radarLayout, type RadarLabel } from './radarLayout';

export interface RadarDatum {
  axis: string;
  [seriesKey: string]: string | number;
}

const LABEL_SIZE = 13;

/**
 * Scores out of 5 per channel (audit) or per channel and competitor (benchmark, ≤ 6 series).
 * The radius is sized so that long channel names, wrapped on two lines, stay whole inside the
 * drawing; the scale is written between two spokes so it never covers a label.
 */
export function AuditRadar({ data, series, width, height, fontFamily }: ChartFrame & { data: RadarDatum[]; series: Series[] }) {
  const layout = radarLayout(data.map((d) => d.axis), width, height, LABEL_SIZE);
  return (
    <RadarChart width={width} height={height} data={data} cx={layout.cx} cy={layout.cy} outerRadius={layout.radius} margin={{ top: 0, right: 0, bottom: 0, left: 0 }} style={{ fontFamily }}>
      <PolarGrid stroke={GRID_COLOR} />
      <PolarAngleAxis
        dataKey="axis"
        tick={(props: { x: number | string; y: number | string; index: number }) => <AxisLabel x={Number(props.x)} y={Number(props.y)} label={layout.labels[props.index]} fontFamily={fontFamily} />}
      />
      <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={layout.scaleAngle} tick={{ fill: AXIS_COLOR, fontSize: 10, fontFamily }} axisLine={false} />
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

function AxisLabel({ x, y, label, fontFamily }: { x: number; y: number; label: RadarLabel | undefined; fontFamily: string }) {
  if (!label) return null;
  return (
    <text x={x} y={y} textAnchor={label.anchor} fill={LABEL_COLOR} fontSize={LABEL_SIZE} fontFamily={fontFamily}>
      {label.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? firstLineOffset(label, LABEL_SIZE) : LABEL_SIZE * LINE_HEIGHT}>{line}</tspan>
      ))}
    </text>
  );
}
