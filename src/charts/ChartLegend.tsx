import type { Series } from './chartProps';
import './ChartLegend.css';

/** The series' colours and names above a chart (hidden from screen readers: the data table beside it names them). */
export function ChartLegend({ series }: { series: Series[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}><span className="chart-legend__swatch" style={{ background: s.color }} />{s.label}</li>
      ))}
    </ul>
  );
}
