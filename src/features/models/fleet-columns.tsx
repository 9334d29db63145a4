import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { ModelSortField } from '../../domain/fleet';
import type { ModelDriftStatus, ModelSummary } from '../../domain/model';
import type { ReactNode } from 'react';
import { formatInteger } from '../../ui/format';
import { RelativeTime } from '../../ui/relative-time';
import { StatusBadge } from '../../ui/status-badge';
import { modelPath } from '../../lib/paths';

const column = createColumnHelper<ModelSummary>();

export const STAGE_LABELS: Record<ModelSummary['stage'], string> = {
  production: 'Production',
  staging: 'Staging',
  development: 'Development',
  archived: 'Archived',
};

export const TASK_LABELS: Record<ModelSummary['task'], string> = {
  classification: 'Classification',
  regression: 'Regression',
  ranking: 'Ranking',
};

interface ColumnMeta {
  sortField?: ModelSortField;
  numeric?: boolean;
  width: string;
}

/** The fleet's columns. `meta.sortField` names the backend's sort key; others do not sort. */
export function fleetColumns(now: number, search: string) {
  return [
    column.accessor('name', {
      header: 'Model / task',
      meta: { sortField: 'name', width: 'minmax(180px, 1.4fr)' } satisfies ColumnMeta,
      cell: (info) => (
        <span className="fleet__stacked">
          <Link
            to={{ pathname: modelPath(info.getValue()), search }}
            className="fleet__name"
            title={info.getValue()}
          >
            {info.getValue()}
          </Link>
          <span className="muted">{TASK_LABELS[info.row.original.task]}</span>
        </span>
      ),
    }),
    column.accessor('team', {
      header: 'Team / owner',
      meta: { sortField: 'team', width: 'minmax(140px, 1fr)' } satisfies ColumnMeta,
      cell: (info) => (
        <span className="fleet__stacked">
          <span>{info.getValue()}</span>
          <span className="muted">{info.row.original.owner}</span>
        </span>
      ),
    }),
    column.accessor('productionVersion', {
      header: 'Production version',
      meta: { width: 'minmax(130px, 0.9fr)' } satisfies ColumnMeta,
      cell: (info) => (
        <span className="row" style={{ gap: 4 }}>
          <span>{info.getValue() ? `v${info.getValue() ?? ''}` : '—'}</span>
          {info.row.original.aliases.map((a) => (
            <span key={a.alias} className="chip chip--alias" title={`@${a.alias} → v${a.version}`}>
              @{a.alias}
            </span>
          ))}
        </span>
      ),
    }),
    column.accessor('stage', {
      header: 'Stage',
      meta: { sortField: 'stage', width: '110px' } satisfies ColumnMeta,
      cell: (info) => STAGE_LABELS[info.getValue()],
    }),
    column.accessor('health', {
      header: 'Health',
      meta: { sortField: 'health', width: 'minmax(220px, 2fr)' } satisfies ColumnMeta,
      cell: (info) => (
        <span className="fleet__stacked">
          <StatusBadge status={info.getValue().status} />
          <span className="fleet__reason">{info.getValue().reason}</span>
        </span>
      ),
    }),
    column.accessor('drift', {
      header: 'Drift, 24 h',
      meta: { width: 'minmax(132px, 0.8fr)' } satisfies ColumnMeta,
      cell: (info) => <DriftCell drift={info.getValue()} />,
    }),
    column.accessor('lastDeployedAt', {
      header: 'Last deployed',
      meta: { sortField: 'lastDeployedAt', width: '112px' } satisfies ColumnMeta,
      cell: (info) => {
        const at = info.getValue();
        return at === undefined ? <span className="muted">Never</span> : <RelativeTime at={at} now={now} />;
      },
    }),
    column.accessor('openAlerts', {
      header: 'Open alerts',
      meta: { sortField: 'openAlerts', numeric: true, width: '84px' } satisfies ColumnMeta,
      cell: (info) => formatInteger(info.getValue()),
    }),
  ];
}

export function columnMeta(meta: unknown): ColumnMeta {
  return (meta ?? { width: '1fr' }) as ColumnMeta;
}

const DRIFT_WORDS: Record<ModelDriftStatus['status'], string> = {
  healthy: 'No drift',
  warning: 'Some drift',
  critical: 'Dataset drift',
  unknown: 'Not scored',
};

/** Drift in the fleet: icon + word + colour, then which features, so the row says why. */
function DriftCell({ drift }: { drift: ModelDriftStatus | undefined }): ReactNode {
  if (!drift) return <span className="muted">Not monitored</span>;
  const features = drift.topFeatures.length > 0 ? `: ${drift.topFeatures.join(', ')}` : '';
  const detail = `${drift.driftedFeatures} of ${drift.totalFeatures} features${features}`;
  return (
    <span className="fleet__stacked">
      <StatusBadge status={drift.status} label={DRIFT_WORDS[drift.status]} />
      <span className="fleet__reason" title={detail}>
        {detail}
      </span>
    </span>
  );
}
