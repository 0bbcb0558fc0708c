/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { AXIS_COLOR, GRID_COLOR, LABEL_COLOR, type ChartFrame } from './chartProps';
import { niceScale } from './niceScale';

export interface KpiPoint {
  label: string;
  value: number;
}

/** One KPI over time, its baseline as the first point and its target as a dashed line. */
export function KpiLines({
  points, target, targetLabel, color, targetColor, width, height, fontFamily, tickFormat,
}: ChartFrame & { points: KpiPoint[]; target: number | null; targetLabel: string; color: string; targetColor: string; tickFormat?: (value: number) => string }) {
  const values = points.map((p) => p.value).concat(target === null ? [] : [target]);
  // Round steps (0, 20 000, 40 000…) rather than the data's own extremes: the scale reads at a glance.
  const scale = niceScale(Math.min(...values, 0), Math.max(...values, 0));
  const yAxisWidth = tickFormat ? 64 : 48;
  return (
    // The right margin leaves room for the last date, centred on the last point.
    <LineChart width={width} height={height} data={points} margin={{ top: 20, right: 40, bottom: 8, left: 8 }} style={{ fontFamily }}>
      <CartesianGrid stroke={GRID_COLOR} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: LABEL_COLOR, fontSize: 11, fontFamily }} tickLine={false} axisLine={{ stroke: AXIS_COLOR }} />
      <YAxis
        domain={[scale.min, scale.max]}
        ticks={scale.ticks}
        tick={{ fill: AXIS_COLOR, fontSize: 11, fontFamily }}
        tickLine={false}
        axisLine={false}
        width={yAxisWidth}
        {...(tickFormat ? { tickFormatter: tickFormat } : {})}
      />
      {target !== null ? (
        <ReferenceLine y={target} stroke={targetColor} strokeDasharray="6 4" strokeWidth={2} label={{ value: targetLabel, position: 'insideTopRight', fill: targetColor, fontSize: 11, fontFamily }} />
      ) : null}
      <Line type="monotone" dataKey="value" stroke={color} strokeWidth={3} dot={{ r: 4, fill: color }} isAnimationActive={false} />
    </LineChart>
  );
}
