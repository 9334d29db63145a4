import type { ReactNode } from 'react';
import { formatInteger } from '../../ui/format';
import { PAGE_SIZES } from './fleet-url-state';

export interface FleetPagerProps {
  firstRow: number;
  rowsOnPage: number;
  total?: number;
  pageSize: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
}

export function FleetPager(props: FleetPagerProps): ReactNode {
  const { firstRow, rowsOnPage, total, pageSize } = props;
  const range =
    rowsOnPage === 0 ? 'No models' : `${formatInteger(firstRow + 1)}–${formatInteger(firstRow + rowsOnPage)}`;
  return (
    <nav className="pager" aria-label="Pages of models">
      <span aria-live="polite" className="num">
        {range}
        {total !== undefined && rowsOnPage > 0 ? ` of ${formatInteger(total)}` : ''}
      </span>
      <span className="spacer" />
      <label className="row">
        <span className="muted">Rows per page</span>
        <select
          className="select"
          value={pageSize}
          onChange={(event) => props.onPageSize(Number(event.target.value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" onClick={props.onFirst} disabled={firstRow === 0}>
        First page
      </button>
      <button type="button" className="button" onClick={props.onPrevious} disabled={!props.hasPrevious}>
        Previous
      </button>
      <button type="button" className="button" onClick={props.onNext} disabled={!props.hasNext}>
        Next
      </button>
    </nav>
  );
}
