/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { useKeyboardScroll } from '../ui/useKeyboardScroll';
import type { Series } from './chartProps';

/** The figures behind a chart, as a table: the accessible alternative shown beside (or instead of) the picture. */
export function ChartDataTable({ caption, categoryHeader, rows, series, format }: {
  caption: string;
  categoryHeader: string;
  rows: { category: string; [key: string]: string | number | null }[];
  series: Series[];
  format: (value: number | null) => string;
}) {
  const wrap = useKeyboardScroll(caption);
  return (
    <div className="ui-table-wrap" ref={wrap}>
      <table className="ui-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="ui-table__name">{categoryHeader}</th>
            {series.map((s) => (
              <th key={s.key} scope="col" className="ui-table__numeric ui-table__name">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{row.category}</th>
              {series.map((s) => {
                const value = row[s.key];
                return <td key={s.key} className="ui-table__numeric">{format(typeof value === 'number' ? value : null)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
