/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { AXIS_COLOR, GRID_COLOR, type ChartFrame, type Series } from './chartProps';

export interface BarDatum {
  category: string;
  [seriesKey: string]: string | number | null;
}

/**
 * Grouped vertical bars: benchmark scores per channel (client + competitors, ≤ 6 series),
 * budget planned vs actual per phase. `valueLabel` formats the figure printed on each bar.
 */
export function GroupedBars({
  data, series, width, height, fontFamily, domain, valueLabel, tickFormat,
}: ChartFrame & { data: BarDatum[]; series: Series[]; domain?: [number, number]; valueLabel?: (value: number) => string; tickFormat?: (value: number) => string }) {
  return (
    <BarChart width={width} height={height} data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }} barGap={2} barCategoryGap="22%" style={{ fontFamily }}>
      <CartesianGrid stroke={GRID_COLOR} vertical={false} />
      {/* Many categories: labels slanted so they never overlap. */}
      <XAxis
        dataKey="category"
        tick={{ fill: '#262626', fontSize: data.length > 5 ? 11 : 12, fontFamily }}
        tickLine={false}
        axisLine={{ stroke: AXIS_COLOR }}
        interval={0}
        {...(data.length > 5 ? { angle: -35, textAnchor: 'end', height: 90 } : {})}
      />
      <YAxis
        {...(domain ? { domain, ticks: Array.from({ length: domain[1] - domain[0] + 1 }, (_, i) => domain[0] + i) } : {})}
        tick={{ fill: AXIS_COLOR, fontSize: 11, fontFamily }}
        tickLine={false}
        axisLine={false}
        width={tickFormat ? 72 : 32}
        {...(tickFormat ? { tickFormatter: tickFormat } : {})}
      />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} radius={[2, 2, 0, 0]}>
          {valueLabel ? (
            <LabelList dataKey={s.key} position="top" style={{ fill: '#262626', fontSize: 10, fontFamily }} formatter={(v: unknown) => (typeof v === 'number' ? valueLabel(v) : '')} />
          ) : null}
        </Bar>
      ))}
    </BarChart>
  );
}
