import { useId, useState, type ReactNode } from 'react';
import { formatDateTime } from '../format';
import type { TimeSeriesChartProps } from './chart-types';
import { LazyTimeSeriesChart } from './lazy-time-series-chart';
import { formatUnitValue, UNIT_LABELS } from './units';
import { seriesColor } from './series-color';

const TABLE_ROWS = 200;

export interface ChartPanelProps extends TimeSeriesChartProps {
  /** One line under the title: what to read in it. */
  description?: ReactNode;
  /** The backend query behind the chart, shown and copyable. */
  query?: string;
  actions?: ReactNode;
}

/**
 * A chart with its title, legend, the query behind it, and a table of the
 * same numbers for screen readers and for copying.
 */
export function ChartPanel(props: ChartPanelProps): ReactNode {
  const {
    title,
    description,
    query,
    actions,
    series,
    unit,
    thresholds = [],
    shades = [],
    markers = [],
  } = props;
  const titleId = useId();
  return (
    <figure className="chart-panel" aria-labelledby={titleId}>
      <div className="chart-panel__header">
        <h3 id={titleId}>{title}</h3>
        <span className="muted">({UNIT_LABELS[unit]})</span>
        <span className="spacer" />
        {actions}
        {query && <QueryButton query={query} />}
      </div>
      {description && <p className="muted chart-panel__description">{description}</p>}
      <ul className="chart-legend" aria-label={`Legend of ${title}`}>
        {series.map((s, i) => (
          <li key={s.id}>
            <span className="chart-swatch" style={{ background: seriesColor(s.color, i) }} />
            {s.label}
          </li>
        ))}
        {thresholds.map((t) => (
          <li key={t.label}>
            <span className="chart-swatch chart-swatch--threshold" />
            {t.label}
          </li>
        ))}
        {shades.map((s) => (
          <li key={s.label}>
            <span className="chart-swatch chart-swatch--shade" />
            {s.label}
          </li>
        ))}
        {/* Named only when one is in view: a legend lists what the chart shows. */}
        {markers.some((m) => m.t >= props.window.from && m.t <= props.window.to) && (
          <li>
            <span className="chart-swatch chart-swatch--marker" />
            Deploys and events
          </li>
        )}
      </ul>
      <LazyTimeSeriesChart {...props} />
      <details className="chart-table">
        <summary>Show the numbers as a table</summary>
        <ChartTable {...props} />
      </details>
    </figure>
  );
}

function QueryButton({ query }: { query: string }): ReactNode {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide query' : 'Query'}
      </button>
      {open && (
        <div className="chart-query">
          <code>{query}</code>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              void navigator.clipboard.writeText(query).then(() => setCopied(true));
            }}
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        </div>
      )}
    </>
  );
}

/** The same numbers as the chart, thinned evenly to at most TABLE_ROWS rows per series. */
function ChartTable({ series, unit, title }: TimeSeriesChartProps): ReactNode {
  return (
    <div className="scroll-y" style={{ maxHeight: 320 }}>
      <table className="table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">Time</th>
            <th scope="col" className="num">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s) => {
            const every = Math.max(1, Math.ceil(s.points.length / TABLE_ROWS));
            return s.points
              .filter((_, i) => i % every === 0)
              .map(([t, v]) => (
                <tr key={`${s.id}-${t}`}>
                  <td>{s.label}</td>
                  <td>{formatDateTime(t)}</td>
                  <td className="num">{v === null ? 'no data' : formatUnitValue(unit, v)}</td>
                </tr>
              ));
          })}
        </tbody>
      </table>
    </div>
  );
}
