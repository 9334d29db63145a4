import type { ReactNode } from 'react';
import type { ModelTask, ModelVersion } from '../../domain/model';
import { metricVerdict, type MetricVerdict } from '../../domain/metric-direction';
import { changedFirst, diffRecords } from '../../domain/version-diff';
import { formatMetric, metricLabel } from '../../ui/format';
import { orderedMetricNames } from './key-metrics';
import { ComparisonHead } from '../../ui/comparison-head';
import './version-compare.css';

export interface VersionCompareProps {
  versions: ModelVersion[];
  a: ModelVersion;
  b: ModelVersion;
  task: ModelTask;
  onChange: (a: string, b: string) => void;
}

/** Two versions side by side; what differs is highlighted and listed first. */
export function VersionCompare({ versions, a, b, task, onChange }: VersionCompareProps): ReactNode {
  // Differences a reader can see: metrics that format the same (0.874 and 0.874) are not "changed".
  const metricRows = diffRecords(a.metrics, b.metrics).map((row) => ({
    ...row,
    changed:
      (row.a === undefined ? '' : formatMetric(row.key, row.a)) !==
      (row.b === undefined ? '' : formatMetric(row.key, row.b)),
  }));
  const order = orderedMetricNames(task, { ...a.metrics, ...b.metrics });
  metricRows.sort((x, y) => order.indexOf(x.key) - order.indexOf(y.key));
  const paramRows = changedFirst(diffRecords(a.params, b.params));
  const changedParams = paramRows.filter((r) => r.changed).length;

  return (
    <div className="stack">
      <div className="row">
        <VersionSelect
          label="Version A"
          versions={versions}
          value={a.version}
          onChange={(v) => onChange(v, b.version)}
        />
        <VersionSelect
          label="Version B"
          versions={versions}
          value={b.version}
          onChange={(v) => onChange(a.version, v)}
        />
      </div>
      <p>
        {changedParams === 0
          ? 'The two versions were trained with the same parameters.'
          : `${changedParams} parameter${changedParams === 1 ? '' : 's'} differ${changedParams === 1 ? 's' : ''} between v${a.version} and v${b.version}.`}
      </p>
      <table className="table">
        <caption className="visually-hidden">
          Metrics of v{a.version} and v{b.version}
        </caption>
        <ComparisonHead what="Metric" a={`v${a.version}`} b={`v${b.version}`} />
        <tbody>
          {metricRows.map((row) => (
            <tr key={row.key} className={row.changed ? 'diff-row' : undefined}>
              <th scope="row">{metricLabel(row.key)}</th>
              <td className="num">{row.a === undefined ? '—' : formatMetric(row.key, row.a)}</td>
              <td className="num">{row.b === undefined ? '—' : formatMetric(row.key, row.b)}</td>
              <td className="num">
                {row.a !== undefined && row.b !== undefined && row.changed ? (
                  <Delta metric={row.key} a={row.a} b={row.b} />
                ) : row.changed ? (
                  '—'
                ) : (
                  '0'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table">
        <caption className="visually-hidden">
          Parameters of v{a.version} and v{b.version}, differences first
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">v{a.version}</th>
            <th scope="col">v{b.version}</th>
          </tr>
        </thead>
        <tbody>
          {paramRows.map((row) => (
            <tr key={row.key} className={row.changed ? 'diff-row' : undefined}>
              <th scope="row">
                <code>{row.key}</code>
                {row.changed && <span className="visually-hidden"> (differs)</span>}
              </th>
              <td className="mono">{row.a ?? '—'}</td>
              <td className="mono">{row.b ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const VERDICT_MARKS: Partial<Record<MetricVerdict, { icon: string; word: string }>> = {
  better: { icon: '✓', word: 'better' },
  worse: { icon: '✗', word: 'worse' },
};

/**
 * The change from A to B, and whether it is better or worse for that metric's direction (a loss
 * going down is better; AUC going down is worse): an icon and a word, coloured, never colour alone.
 */
function Delta({ metric, a, b }: { metric: string; a: number; b: number }): ReactNode {
  const verdict = metricVerdict(metric, a, b);
  const mark = VERDICT_MARKS[verdict];
  return (
    <span className={`delta delta--${verdict}`}>
      {signed(metric, b - a)}
      {mark && (
        <span className="delta__verdict">
          <span aria-hidden="true">{mark.icon}</span> {mark.word}
        </span>
      )}
    </span>
  );
}

function signed(metric: string, delta: number): string {
  if (delta === 0) return '0';
  const size = formatMetric(metric, Math.abs(delta));
  // A change smaller than the metric's last shown digit (0.8434 → 0.8437 shown as 0.843 → 0.844)
  // still reads as a change: one significant digit, not "+0.000".
  const shown = /[1-9]/.test(size) ? size : formatSignificant(Math.abs(delta));
  return `${delta > 0 ? '+' : '−'}${shown}`;
}

function formatSignificant(value: number): string {
  return new Intl.NumberFormat(navigator.language, { maximumSignificantDigits: 1 }).format(value);
}

function VersionSelect({
  label,
  versions,
  value,
  onChange,
}: {
  label: string;
  versions: ModelVersion[];
  value: string;
  onChange: (v: string) => void;
}): ReactNode {
  return (
    <label className="field">
      <span>{label}</span>
      <select className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            v{v.version}
            {v.aliases.length ? ` (@${v.aliases.join(', @')})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
