import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import type { ModelQuery, ModelSortField } from '../../domain/fleet';
import type { ModelSummary } from '../../domain/model';
import { columnMeta, fleetColumns } from './fleet-columns';

const ROW_HEIGHT = 56;

export interface FleetTableProps {
  rows: ModelSummary[];
  sort: ModelQuery['sort'];
  onSort: (field: ModelSortField) => void;
  /** The sort keys the registry honours; the other columns' headers are plain text. */
  sortableBy: readonly ModelSortField[];
  now: number;
  /** Carried into model links so the time range follows the user. */
  linkSearch: string;
  /** Row number of the first row, for screen readers across pages. */
  firstRowIndex: number;
  totalRows?: number;
  busy: boolean;
}

/**
 * The fleet as a virtualised grid: only the rows in view are in the DOM, so a
 * page of 1,000 models scrolls as smoothly as one of 30. Sorting is the
 * backend's; the header only asks for it.
 */
export function FleetTable({
  rows,
  sort,
  onSort,
  sortableBy,
  now,
  linkSearch,
  firstRowIndex,
  totalRows,
  busy,
}: FleetTableProps): ReactNode {
  const columns = useMemo(() => fleetColumns(now, linkSearch), [now, linkSearch]);
  // TanStack Table's API is deliberately not memoisable; the compiler rule does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  // Other rows (the next page, a new filter or sort) start at the top, not where the last ones were scrolled.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [rows]);
  const template = table
    .getAllLeafColumns()
    .map((c) => columnMeta(c.columnDef.meta).width)
    .join(' ');
  const gridStyle = { gridTemplateColumns: template } as CSSProperties;
  const tableRows = table.getRowModel().rows;

  return (
    <div
      ref={scrollRef}
      className="fleet"
      role="table"
      aria-label="Models"
      aria-rowcount={(totalRows ?? rows.length) + 1}
      aria-busy={busy}
      tabIndex={0}
    >
      <div role="rowgroup" className="fleet__head">
        <div role="row" className="fleet__row" style={gridStyle} aria-rowindex={1}>
          {table.getHeaderGroups()[0]?.headers.map((header) => {
            const meta = columnMeta(header.column.columnDef.meta);
            const label = flexRender(header.column.columnDef.header, header.getContext());
            const sortField =
              meta.sortField !== undefined && sortableBy.includes(meta.sortField)
                ? meta.sortField
                : undefined;
            const active = sortField !== undefined && sort.field === sortField;
            return (
              <div
                key={header.id}
                role="columnheader"
                className={`fleet__cell fleet__th ${meta.numeric ? 'num' : ''}`}
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {sortField ? (
                  <button type="button" className="fleet__sort" onClick={() => onSort(sortField)}>
                    {label}
                    <span aria-hidden="true" className="fleet__sort-icon">
                      {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  label
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="fleet__body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = tableRows[item.index];
          if (!row) return null;
          return (
            <div
              key={row.id}
              role="row"
              className="fleet__row"
              aria-rowindex={firstRowIndex + item.index + 2}
              style={{ ...gridStyle, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              {row.getVisibleCells().map((cell) => (
                <div
                  key={cell.id}
                  role="cell"
                  className={`fleet__cell ${columnMeta(cell.column.columnDef.meta).numeric ? 'num' : ''}`}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
