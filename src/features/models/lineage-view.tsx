import type { ReactNode } from 'react';
import type { TrainingRun } from '../../domain/lineage';
import type { ModelVersion } from '../../domain/model';
import { formatDateTime, formatDuration, formatInteger, formatMetric, metricLabel } from '../../ui/format';

const RUN_STATUS_LABELS: Record<TrainingRun['status'], string> = {
  running: 'Running',
  scheduled: 'Scheduled',
  finished: 'Finished',
  failed: 'Failed',
  killed: 'Killed',
};

/** Where a version came from: its training run, the dataset versions it read, and the code. */
export function LineageView({ version, run }: { version: ModelVersion; run: TrainingRun }): ReactNode {
  return (
    <div className="panel-grid">
      <section className="panel" aria-label="Training run">
        <h3>Training run</h3>
        <dl className="kv">
          <dt>Run</dt>
          <dd>
            <code>{run.id}</code>
            {run.name && <span className="muted"> ({run.name})</span>}
          </dd>
          <dt>Started by</dt>
          <dd>{run.user}</dd>
          <dt>Status</dt>
          <dd>{RUN_STATUS_LABELS[run.status]}</dd>
          <dt>Started</dt>
          <dd>{formatDateTime(run.startedAt)}</dd>
          <dt>Ended</dt>
          <dd>
            {run.endedAt === undefined
              ? 'Still running'
              : `${formatDateTime(run.endedAt)} (${formatDuration(run.endedAt - run.startedAt)})`}
          </dd>
          <dt>Artifact</dt>
          <dd>
            <code>{version.source ?? '—'}</code>
          </dd>
        </dl>
      </section>
      <section className="panel" aria-label="Data and code">
        <h3>Dataset versions</h3>
        {run.datasets.length === 0 ? (
          <p className="muted">The run logged no dataset inputs.</p>
        ) : (
          <ul className="list-plain">
            {run.datasets.map((d) => (
              <li key={`${d.name}@${d.digest}`}>
                <strong>{d.name}</strong> <code title="Content digest">@{d.digest}</code>
                {d.context && (
                  <span className="chip" style={{ marginLeft: 6 }}>
                    {d.context}
                  </span>
                )}
                <div className="muted">
                  {d.source && <code>{d.source}</code>}
                  {d.rows !== undefined && ` · ${formatInteger(d.rows)} rows`}
                </div>
              </li>
            ))}
          </ul>
        )}
        <h3>Code</h3>
        <dl className="kv">
          <dt>Commit</dt>
          <dd>{run.codeCommit ? <code title={run.codeCommit}>{run.codeCommit.slice(0, 12)}</code> : '—'}</dd>
          <dt>Source file</dt>
          <dd>{run.sourceFile ? <code>{run.sourceFile}</code> : '—'}</dd>
        </dl>
      </section>
      <section className="panel" aria-label="Run parameters and metrics">
        <h3>Parameters</h3>
        <dl className="kv">
          {Object.entries(run.params).map(([k, v]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt>
                <code>{k}</code>
              </dt>
              <dd className="mono">{v}</dd>
            </div>
          ))}
        </dl>
        <h3>Metrics</h3>
        <dl className="kv">
          {Object.entries(run.metrics).map(([k, v]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt>{metricLabel(k)}</dt>
              <dd className="num" style={{ textAlign: 'left' }}>
                {formatMetric(k, v)}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
