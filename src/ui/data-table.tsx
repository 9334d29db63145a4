import type { ReactNode } from 'react';

export interface DataColumn<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell names its row for screen readers (`<th scope="row">`). */
  rowHeader?: boolean;
  /** A header read by screen readers only (an actions column). */
  headerHidden?: boolean;
  /**
   * Left out on a phone, so the table fits its card: for a column whose
   * content another cell repeats there (see `NarrowOnly`).
   */
  hideNarrow?: boolean;
}

function cellClass<T>(column: DataColumn<T>): string | undefined {
  const classes = [column.numeric && 'num', column.hideNarrow && 'table__hide-narrow'].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/** Shown inside a cell on a phone only: what a column hidden there (`hideNarrow`) would have said. */
export function NarrowOnly({ children }: { children: ReactNode }): ReactNode {
  return <div className="table__show-narrow">{children}</div>;
}

export interface DataTableProps<T> {
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Names the table when the panel's heading does not (several tables in one place). */
  label?: string;
  /** A caption above the table, which also names it; `captionHidden` keeps it for screen readers only. */
  caption?: ReactNode;
  captionHidden?: boolean;
  /** Scrolls sideways inside its panel on a narrow screen instead of widening the page. */
  scroll?: boolean;
}

/** A plain table of rows the page already holds: headers with scope, numbers aligned right. */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  label,
  caption,
  captionHidden = false,
  scroll = false,
}: DataTableProps<T>): ReactNode {
  const table = (
    <table className="table" aria-label={label}>
      {caption !== undefined && (
        <caption className={captionHidden ? 'visually-hidden' : 'table__caption muted'}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" className={cellClass(column)}>
              {column.headerHidden ? <span className="visually-hidden">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column, i) => {
              const className = cellClass(column);
              return column.rowHeader ? (
                <th key={i} scope="row" className={className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={i} className={className}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scroll ? <div className="scroll-x">{table}</div> : table;
}
