import type { Key, ReactNode } from 'react';
import { useKeyboardScroll } from './useKeyboardScroll';
import './Table.css';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  align?: 'start' | 'numeric' | 'actions';
}

export interface TableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Read by screen readers as the table's name. */
  caption: string;
  /** Data attributes for a row (e.g. `data-jump`, which search uses to find an item). */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
}

export function Table<Row>({ columns, rows, rowKey, caption, rowData }: TableProps<Row>) {
  const cellClass = (column: Column<Row>) =>
    column.align === 'numeric' ? 'ui-table__numeric' : column.align === 'actions' ? 'ui-table__actions' : undefined;
  const wrap = useKeyboardScroll(caption);
  return (
    <div className="ui-table-wrap" ref={wrap}>
      <table className="ui-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cellClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowData?.(row)}>
              {columns.map((column) => (
                <td key={column.key} className={cellClass(column)}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
