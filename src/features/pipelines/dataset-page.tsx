import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { diffSchemas, isSchemaUnchanged } from '../../domain/pipelines/schema-diff';
import type { DatasetVersionInfo } from '../../domain/pipelines/types';
import { pipelinePath, PIPELINES_PATH } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { Sparkline } from '../../ui/charts/sparkline';
import { DataTable } from '../../ui/data-table';
import { EmptyState } from '../../ui/empty-state';
import { formatCount, formatDateTime, formatPercent } from '../../ui/format';
import { PageTitle } from '../../ui/page-title';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { useDatasetVersions } from './api/pipelines';
import { CheckResultBadge } from './step-checks';
import './pipelines.css';

const SHOWN = 30;

function nullRate(v: DatasetVersionInfo, column: string): number | undefined {
  const nulls = v.columnStats.find((s) => s.column === column)?.nullCount;
  return nulls === undefined || !v.rowCount ? undefined : nulls / v.rowCount;
}

/** The column whose null rate moved most across the versions shown: what the trend follows. */
function worstColumn(versions: readonly DatasetVersionInfo[]): string | undefined {
  const columns = [...new Set(versions.flatMap((v) => v.columnStats.map((s) => s.column)))];
  let worst: { column: string; rate: number } | undefined;
  for (const column of columns) {
    const rate = Math.max(...versions.map((v) => nullRate(v, column) ?? 0));
    if (!worst || rate > worst.rate) worst = { column, rate };
  }
  return worst?.column;
}

function schemaChange(v: DatasetVersionInfo, previous: DatasetVersionInfo | undefined): string {
  if (!previous) return '—';
  const diff = diffSchemas(previous.columns, v.columns);
  if (isSchemaUnchanged(diff)) return 'unchanged';
  return [
    ...diff.added.map((c) => `+ ${c.name} ${c.type}`),
    ...diff.removed.map((c) => `− ${c.name}`),
    ...diff.retyped.map((c) => `${c.name} ${c.from} → ${c.to}`),
  ].join(', ');
}

/** One dataset's quality: checks over time (failures first), schema changes, null rate and row count trends. */
export function DatasetPage(): ReactNode {
  const { name = '' } = useParams();
  const query = useDatasetVersions(name);
  return (
    <div className="stack">
      <nav aria-label="Breadcrumb" className="muted">
        <Link to={PIPELINES_PATH}>Pipelines</Link> / {name}
      </nav>
      <PageTitle title={`Data quality of ${name}`} />
      <QueryState
        query={query}
        what={`load the versions of ${name}`}
        skeleton={<SkeletonLines lines={6} height={36} label="Loading dataset versions" />}
        empty={(list) =>
          list.length === 0 ? (
            <EmptyState title={`No version of ${name} is recorded.`}>It has not been written yet.</EmptyState>
          ) : undefined
        }
      >
        {(all) => <DatasetQuality name={name} versions={all.slice(0, SHOWN)} total={all.length} />}
      </QueryState>
    </div>
  );
}

function DatasetQuality({
  name,
  versions,
  total,
}: {
  name: string;
  versions: DatasetVersionInfo[];
  total: number;
}): ReactNode {
  const column = worstColumn(versions);
  const oldestFirst = [...versions].reverse();
  const failing = versions.filter((v) => v.checks.some((c) => c.result === 'fail'));
  const changes = versions.filter(
    (v, i) => schemaChange(v, versions[i + 1]) !== 'unchanged' && versions[i + 1],
  );
  const newest = versions[0];
  const rows = oldestFirst.flatMap((v) =>
    v.rowCount === undefined ? [] : [[v.createdAt, v.rowCount] as [number, number]],
  );
  const nulls = oldestFirst.flatMap((v) => {
    const rate = column ? nullRate(v, column) : undefined;
    return rate === undefined ? [] : [[v.createdAt, rate * 100] as [number, number]];
  });
  const answer = [
    failing.length
      ? `${failing.length} of the last ${versions.length} versions failed a check`
      : `The last ${versions.length} versions passed their checks`,
    changes.length
      ? `the schema changed ${changes.length} time${changes.length === 1 ? '' : 's'} (latest: ${schemaChange(changes[0] as DatasetVersionInfo, versions[versions.indexOf(changes[0] as DatasetVersionInfo) + 1])})`
      : 'the schema did not change',
  ].join('; ');
  return (
    <>
      <p className="answer" data-testid="dataset-answer">
        {answer}.
      </p>
      {newest?.pipelineId && (
        <p className="muted">
          Written by <Link to={pipelinePath(newest.pipelineId)}>{newest.pipelineId}</Link>
          {total > versions.length ? ` · the newest ${versions.length} of ${total} versions` : ''}
        </p>
      )}
      {newest?.notes?.map((n) => (
        <p key={n} className="callout callout--warning">
          {n}
        </p>
      ))}
      <div className="dataset-trends">
        <Panel title="Row count" subtitle="rows per version">
          {rows.length > 1 ? (
            <Sparkline
              points={rows}
              label={`Row count from ${formatCount(rows[0]?.[1] ?? 0)} to ${formatCount(rows.at(-1)?.[1] ?? 0)} rows`}
              width={280}
              height={56}
            />
          ) : (
            <p className="muted">Not measured.</p>
          )}
        </Panel>
        <Panel title={column ? `Null rate of ${column}` : 'Null rate'} subtitle="% of rows per version">
          {nulls.length > 1 ? (
            <Sparkline
              points={nulls}
              label={`Null rate of ${column ?? ''} from ${formatPercent((nulls[0]?.[1] ?? 0) / 100)} to ${formatPercent((nulls.at(-1)?.[1] ?? 0) / 100)}`}
              width={280}
              height={56}
              threshold={1}
            />
          ) : (
            <p className="muted">Not measured.</p>
          )}
        </Panel>
      </div>
      <Panel title="Versions" subtitle="newest first; failed checks first in each row">
        <DataTable<DatasetVersionInfo>
          label={`Versions of ${name}`}
          scroll
          rows={versions}
          rowKey={(v) => v.version}
          columns={[
            { header: 'Written', rowHeader: true, cell: (v) => formatDateTime(v.createdAt) },
            {
              header: 'Version',
              cell: (v) => (
                <span className="mono">
                  {v.version.length > 24 ? `${v.version.slice(0, 12)}…` : v.version}
                </span>
              ),
              hideNarrow: true,
            },
            {
              header: 'Rows',
              numeric: true,
              cell: (v) => (v.rowCount === undefined ? '—' : formatCount(v.rowCount)),
            },
            {
              header: column ? `${column} null rate` : 'Null rate',
              numeric: true,
              cell: (v) => {
                const rate = column ? nullRate(v, column) : undefined;
                return rate === undefined ? '—' : formatPercent(rate, 2);
              },
            },
            {
              header: 'Checks',
              cell: (v) =>
                v.checks.length === 0 ? (
                  '—'
                ) : (
                  <ul className="list-plain">
                    {[...v.checks]
                      .sort((a, b) => (a.result === 'fail' ? -1 : b.result === 'fail' ? 1 : 0))
                      .map((c) => (
                        <li key={c.id} className="row" style={{ gap: 6 }}>
                          <CheckResultBadge result={c.result} /> {c.name}: {c.observed} (expected {c.expected}
                          )
                        </li>
                      ))}
                  </ul>
                ),
            },
            { header: 'Schema change', cell: (v) => schemaChange(v, versions[versions.indexOf(v) + 1]) },
          ]}
        />
      </Panel>
    </>
  );
}
