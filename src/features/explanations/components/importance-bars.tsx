import type { ReactNode } from 'react';
import type { GlobalAttribution } from '../../../domain/explanations/explanation';
import { DataTable } from '../../../ui/data-table';
import { formatDecimal } from '../../../ui/format';

interface Row {
  feature: string;
  current: GlobalAttribution;
  previous?: GlobalAttribution;
}

const pct = (value: number, max: number): string => `${Math.min(100, (value / max) * 100)}%`;

/**
 * Mean |attribution| per feature, largest first: a bar with its 95 % bounds as a whisker, and the
 * other version's bar (hatched) beneath it. The table beside it carries the same numbers.
 */
export function ImportanceBars({
  features,
  previous,
  versions,
}: {
  features: readonly GlobalAttribution[];
  previous?: readonly GlobalAttribution[];
  versions: { current: string; previous?: string };
}): ReactNode {
  const rows: Row[] = features.map((current) => ({
    feature: current.feature,
    current,
    previous: previous?.find((p) => p.feature === current.feature),
  }));
  const max = Math.max(...rows.flatMap((r) => [r.current.upper, r.previous?.upper ?? 0]), 1e-9);
  const shown = (a: GlobalAttribution | undefined): string => (a ? formatDecimal(a.meanAbs, 3) : '—');
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="legend" aria-hidden="true">
        <span>
          <span className="legend__swatch importance__bar--current" style={{ position: 'static' }} />v
          {versions.current} (bounds as whiskers)
        </span>
        {versions.previous && (
          <span>
            <span className="legend__swatch importance__bar--previous" style={{ position: 'static' }} />v
            {versions.previous}
          </span>
        )}
      </div>
      <ol className="importance" aria-hidden="true">
        {rows.map((r) => (
          <li key={r.feature} style={{ display: 'contents' }}>
            <span className="importance__name">{r.feature}</span>
            <span className="importance__track">
              <span
                className="importance__bar importance__bar--current"
                style={{ width: pct(r.current.meanAbs, max) }}
              />
              <span
                className="importance__whisker"
                style={{
                  left: pct(r.current.lower, max),
                  width: `calc(${pct(r.current.upper, max)} - ${pct(r.current.lower, max)})`,
                }}
              />
              {r.previous && (
                <span
                  className="importance__bar importance__bar--previous"
                  style={{ width: pct(r.previous.meanAbs, max) }}
                />
              )}
            </span>
            <span className="importance__value">
              {shown(r.current)}
              {r.previous && <span className="muted"> / {shown(r.previous)}</span>}
            </span>
          </li>
        ))}
      </ol>
      <details>
        <summary>Show as a table</summary>
        <DataTable
          rows={rows}
          rowKey={(r) => r.feature}
          caption="Mean absolute attribution per feature with 95 % bounds"
          scroll
          columns={[
            { header: 'Feature', cell: (r) => r.feature, rowHeader: true },
            {
              header: `v${versions.current} mean |attribution|`,
              cell: (r) => shown(r.current),
              numeric: true,
            },
            {
              header: 'Bounds',
              cell: (r) => `${formatDecimal(r.current.lower, 3)}–${formatDecimal(r.current.upper, 3)}`,
              numeric: true,
            },
            ...(versions.previous
              ? [{ header: `v${versions.previous}`, cell: (r: Row) => shown(r.previous), numeric: true }]
              : []),
          ]}
        />
      </details>
    </div>
  );
}
