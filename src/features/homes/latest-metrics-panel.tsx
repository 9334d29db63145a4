import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ModelQuery } from '../../domain/fleet';
import type { ModelSummary, ModelTask } from '../../domain/model';
import { formatMetric, metricLabel } from '../../ui/format';
import { useModelsPage } from '../../lib/queries/models-page';
import { useVersions } from '../../lib/queries/versions';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { Skeleton, SkeletonLines } from '../../ui/skeleton';
import { ShownOf } from '../../ui/shown-of';
import { StatusBadge } from '../../ui/status-badge';
import { MODELS_PATH, withRange } from '../../lib/paths';
import { ModelLink } from './model-link';

const WORST_FIRST: ModelQuery = { sort: { field: 'health', direction: 'desc' }, limit: 8 };

const HEADLINE_METRIC: Record<ModelTask, string> = {
  classification: 'roc_auc',
  regression: 'rmse',
  ranking: 'ndcg_at_10',
};

/** A data scientist's first look: models worst first, each with its latest metric and the reason. */
export function LatestMetricsPanel(): ReactNode {
  const page = useModelsPage(WORST_FIRST);
  const [params] = useSearchParams();
  return (
    <Panel title="Models and their latest metrics" subtitle="Worst health first">
      <QueryState
        query={page}
        what="load models"
        skeleton={<SkeletonLines lines={8} height={28} label="Loading models" />}
        empty={(data) =>
          data.items.length === 0 ? <EmptyState title="No models registered yet." /> : undefined
        }
      >
        {(data) => (
          <>
            <ul className="list-plain">
              {data.items.map((m) => (
                <li key={m.name} className="attention-item">
                  <StatusBadge status={m.health.status} />
                  <div>
                    <ModelLink name={m.name} />
                    <span className="muted num" style={{ textAlign: 'left' }}>
                      {' · '}
                      <LatestMetric model={m} />
                    </span>
                    <div>{m.health.reason}</div>
                  </div>
                </li>
              ))}
            </ul>
            <ShownOf
              shown={data.items.length}
              total={data.total}
              more={data.nextCursor !== undefined}
              noun="models"
              seeAll={(label) => <Link to={withRange(MODELS_PATH, params)}>{label}</Link>}
            />
          </>
        )}
      </QueryState>
    </Panel>
  );
}

function LatestMetric({ model }: { model: ModelSummary }): ReactNode {
  const versions = useVersions(model.name);
  if (versions.isPending) return <Skeleton width={90} height={14} />;
  const latest = versions.data?.[0];
  const metric = HEADLINE_METRIC[model.task];
  const value = latest?.metrics[metric];
  if (!latest || value === undefined) return <span className="muted">—</span>;
  return (
    <span>
      v{latest.version} · {metricLabel(metric)} {formatMetric(metric, value)}
    </span>
  );
}
