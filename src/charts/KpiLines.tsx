/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { AXIS_COLOR, GRID_COLOR, type ChartFrame } from './chartProps';

export interface KpiPoint {
  label: string;
  value: number;
}

/** One KPI over time, its baseline as the first point and its target as a dashed line. */
export function KpiLines({
  points, target, targetLabel, color, targetColor, width, height, fontFamily,
}: ChartFrame & { points: KpiPoint[]; target: number | null; targetLabel: string; color: string; targetColor: string }) {
  const values = points.map((p) => p.value).concat(target === null ? [] : [target]);
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  return (
    <LineChart width={width} height={height} data={points} margin={{ top: 20, right: 24, bottom: 8, left: 8 }} style={{ fontFamily }}>
      <CartesianGrid stroke={GRID_COLOR} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: '#262626', fontSize: 11, fontFamily }} tickLine={false} axisLine={{ stroke: AXIS_COLOR }} />
      <YAxis domain={[Math.floor(min), Math.ceil(max * 1.1)]} tick={{ fill: AXIS_COLOR, fontSize: 11, fontFamily }} tickLine={false} axisLine={false} width={48} />
      {target !== null ? (
        <ReferenceLine y={target} stroke={targetColor} strokeDasharray="6 4" strokeWidth={2} label={{ value: targetLabel, position: 'insideTopRight', fill: targetColor, fontSize: 11, fontFamily }} />
      ) : null}
      <Line type="monotone" dataKey="value" stroke={color} strokeWidth={3} dot={{ r: 4, fill: color }} isAnimationActive={false} />
    </LineChart>
  );
}
