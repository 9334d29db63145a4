import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PipelineSummary } from '../../domain/pipelines/types';
import { pipelinePath } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { Sparkline } from '../../ui/charts/sparkline';
import { DataTable } from '../../ui/data-table';
import { EmptyState } from '../../ui/empty-state';
import { formatDuration } from '../../ui/format';
import { PageTitle } from '../../ui/page-title';
import { Panel } from '../../ui/panel';
import { RelativeTime } from '../../ui/relative-time';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { usePipelines } from './api/pipelines';
import { failuresFirst, pipelineHealth } from './pipeline-status';
import './pipelines.css';

function listAnswer(list: readonly PipelineSummary[], now: number): string {
  const health = list.map((p) => pipelineHealth(p, now));
  const failing = health.filter((h) => h.status === 'critical').length;
  const late = health.filter((h) => h.word === 'Late').length;
  if (failing === 0 && late === 0) return `All ${list.length} pipelines are fresh and passing their checks.`;
  const parts = [
    failing && `${failing} failing`,
    late && `${late} late against ${late === 1 ? 'its' : 'their'} freshness SLA`,
  ].filter(Boolean);
  return `${parts.join(', ')} of ${list.length} pipelines.`;
}

function DurationTrend({ pipeline }: { pipeline: PipelineSummary }): ReactNode {
  const points = pipeline.recentRuns.flatMap((r) =>
    r.durationMs === undefined ? [] : [[r.startedAt, r.durationMs / 60_000] as [number, number]],
  );
  if (points.length < 2) return <span className="muted">—</span>;
  const last = points.at(-1)?.[1] ?? 0;
  const first = points[0]?.[1] ?? 0;
  return (
    <Sparkline
      points={points}
      label={`Run duration over the last ${points.length} runs, from ${Math.round(first)} to ${Math.round(last)} min`}
      width={96}
      height={24}
    />
  );
}

/** Every pipeline, failing and late ones first: last run, duration trend, freshness against the SLA. */
export function PipelinesPage(): ReactNode {
  const query = usePipelines();
  const now = useNow();
  return (
    <div className="stack">
      <PageTitle title="Pipelines" />
      <QueryState
        query={query}
        what="load the pipelines"
        skeleton={<SkeletonLines lines={6} height={40} label="Loading pipelines" />}
        empty={(list) =>
          list.length === 0 ? (
            <EmptyState title="No pipelines recorded.">
              The pipelines connection has no pipeline yet; runs appear here once they report.
            </EmptyState>
          ) : undefined
        }
      >
        {(list) => (
          <>
            <p className="answer" data-testid="pipelines-answer">
              {listAnswer(list, now)}
            </p>
            <Panel title="All pipelines">
              <DataTable<PipelineSummary>
                label="Pipelines"
                scroll
                rows={failuresFirst(list, now)}
                rowKey={(p) => p.id}
                columns={[
                  {
                    header: 'Pipeline',
                    rowHeader: true,
                    cell: (p) => <Link to={pipelinePath(p.id)}>{p.name}</Link>,
                  },
                  {
                    header: 'Status',
                    cell: (p) => {
                      const h = pipelineHealth(p, now);
                      return (
                        <div className="stack" style={{ gap: 2 }}>
                          <StatusBadge status={h.status} label={h.word} />
                          <span className="muted">{h.reason}</span>
                        </div>
                      );
                    },
                  },
                  {
                    header: 'Last run',
                    cell: (p) => (p.lastRun ? <RelativeTime at={p.lastRun.startedAt} now={now} /> : '—'),
                  },
                  {
                    header: 'Duration',
                    numeric: true,
                    cell: (p) =>
                      p.lastRun?.durationMs !== undefined
                        ? formatDuration(p.lastRun.durationMs)
                        : p.lastRun
                          ? `running ${formatDuration(now - p.lastRun.startedAt)}`
                          : '—',
                  },
                  { header: 'Duration trend', cell: (p) => <DurationTrend pipeline={p} />, hideNarrow: true },
                  {
                    header: 'Freshness (SLA)',
                    numeric: true,
                    cell: (p) =>
                      p.lastSuccessAt === undefined
                        ? 'never'
                        : `${formatDuration(now - p.lastSuccessAt)}${p.freshnessSlaMs ? ` (${formatDuration(p.freshnessSlaMs)})` : ''}`,
                  },
                  { header: 'Feeds', cell: (p) => p.models.join(', ') || '—', hideNarrow: true },
                ]}
              />
            </Panel>
          </>
        )}
      </QueryState>
    </div>
  );
}
