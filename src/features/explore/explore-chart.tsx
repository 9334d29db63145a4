import { useId, useState, type ReactNode } from 'react';
import type { Unit } from '../../domain/series';
import type { TimeWindow } from '../../domain/time-range';
import { LazyTimeSeriesChart } from '../../ui/charts/lazy-time-series-chart';
import { seriesColor } from '../../ui/charts/series-color';
import { UNIT_LABELS } from '../../ui/charts/units';
import type { ChartSeries } from '../../ui/charts/chart-types';

export interface ExploreChartProps {
  title: string;
  series: ChartSeries[];
  unit: Unit;
  window: TimeWindow;
  /** Panes with the same id share a hover cursor at the same instant. */
  syncId: string;
}

/** The chart of a range query, with a legend whose entries switch their series off and on. */
export function ExploreChart({ title, series, unit, window, syncId }: ExploreChartProps): ReactNode {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const titleId = useId();
  // Colours follow the series' place in the result, so switching one off never repaints the rest.
  const coloured = series.map((s, i) => ({ ...s, color: seriesColor(s.color, i) }));
  const visible = coloured.filter((s) => !hidden.has(s.id));
  const toggle = (id: string): void =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <figure className="chart-panel explore-chart" aria-labelledby={titleId}>
      <div className="chart-panel__header">
        <h3 id={titleId}>{title}</h3>
        <span className="muted">({UNIT_LABELS[unit]})</span>
        <span className="spacer" />
        {hidden.size > 0 && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => setHidden(new Set())}
          >
            Show all {series.length}
          </button>
        )}
      </div>
      <ul className="explore-legend" aria-label={`Series of ${title}: press one to hide or show it`}>
        {coloured.map((s) => {
          const shown = !hidden.has(s.id);
          return (
            <li key={s.id}>
              <button
                type="button"
                className="explore-legend__item"
                aria-pressed={shown}
                onClick={() => toggle(s.id)}
                title={shown ? `Hide ${s.label}` : `Show ${s.label}`}
              >
                <span
                  className="chart-swatch"
                  style={{ background: shown ? s.color : 'transparent', borderColor: s.color }}
                />
                <span className={shown ? undefined : 'explore-legend__off'}>{s.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <LazyTimeSeriesChart
        title={title}
        series={visible}
        unit={unit}
        window={window}
        syncId={syncId}
        height={260}
      />
    </figure>
  );
}
