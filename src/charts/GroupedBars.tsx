/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { categoryAxisLayout, type CategoryAxisLayout } from './categoryAxisLayout';
import { AXIS_COLOR, GRID_COLOR, LABEL_COLOR, type ChartFrame, type Series } from './chartProps';
import { LINE_HEIGHT } from './labelLayout';

export interface BarDatum {
  category: string;
  [seriesKey: string]: string | number | null;
}

/**
 * Grouped vertical bars: benchmark scores per channel (client + competitors, ≤ 6 series),
 * budget planned vs actual per phase. `valueLabel` formats the figure printed on each bar.
 */
export function GroupedBars({
  data, series, width, height, fontFamily, domain, scale, valueLabel, tickFormat,
}: ChartFrame & { data: BarDatum[]; series: Series[]; domain?: [number, number]; scale?: { min: number; max: number; ticks: number[] }; valueLabel?: (value: number) => string; tickFormat?: (value: number) => string }) {
  const margin = { top: 24, right: 16, bottom: 8, left: 8 };
  const yAxisWidth = tickFormat ? 72 : 32;
  // Long channel names wrap (or slant on narrow bands) and widen the left margin rather than being cut.
  const axis = categoryAxisLayout(data.map((d) => String(d.category)), margin.left + yAxisWidth, width - margin.right, margin.left);
  return (
    <BarChart width={width} height={height} data={data} margin={{ ...margin, left: axis.marginLeft }} barGap={2} barCategoryGap="22%" style={{ fontFamily }}>
      <CartesianGrid stroke={GRID_COLOR} vertical={false} />
      <XAxis
        dataKey="category"
        tick={(props: { x: number | string; y: number | string; index: number }) => <CategoryLabel x={Number(props.x)} y={Number(props.y)} lines={axis.lines[props.index] ?? []} axis={axis} fontFamily={fontFamily} />}
        tickLine={false}
        axisLine={{ stroke: AXIS_COLOR }}
        interval={0}
        height={axis.height}
      />
      <YAxis
        {...(domain ? { domain, ticks: Array.from({ length: domain[1] - domain[0] + 1 }, (_, i) => domain[0] + i) } : {})}
        {...(scale ? { domain: [scale.min, scale.max], ticks: scale.ticks } : {})}
        tick={{ fill: AXIS_COLOR, fontSize: 11, fontFamily }}
        tickLine={false}
        axisLine={false}
        width={yAxisWidth}
        {...(tickFormat ? { tickFormatter: tickFormat } : {})}
      />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} radius={[2, 2, 0, 0]}>
          {valueLabel ? (
            <LabelList dataKey={s.key} position="top" style={{ fill: LABEL_COLOR, fontSize: 10, fontFamily }} formatter={(v: unknown) => (typeof v === 'number' ? valueLabel(v) : '')} />
          ) : null}
        </Bar>
      ))}
    </BarChart>
  );
}

/** A category's name under its group of bars: straight and centred, or slanted and ending at the bars. */
function CategoryLabel({ x, y, lines, axis, fontFamily }: { x: number; y: number; lines: string[]; axis: CategoryAxisLayout; fontFamily: string }) {
  const lineHeight = axis.fontSize * LINE_HEIGHT;
  return (
    <g transform={`translate(${x},${y + 4})`}>
      <text textAnchor={axis.slanted ? 'end' : 'middle'} transform={axis.slanted ? `rotate(${axis.angle})` : undefined} fill={LABEL_COLOR} fontSize={axis.fontSize} fontFamily={fontFamily}>
        {lines.map((line, i) => (
          <tspan key={i} x={0} dy={i === 0 ? axis.fontSize * 0.9 : lineHeight}>{line}</tspan>
        ))}
      </text>
    </g>
  );
}
