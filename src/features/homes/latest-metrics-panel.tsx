import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { ModelQuery } from '../../domain/fleet';
import type { ModelSummary, ModelTask } from '../../domain/model';
import { formatInteger, formatMetric, metricLabel } from '../../ui/format';
import { useModelsPage } from '../../lib/queries/models-page';
import { useVersions } from '../../lib/queries/versions';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { Skeleton, SkeletonLines } from '../../ui/skeleton';
import { ListCap } from '../../ui/list-cap';
import { StatusBadge } from '../../ui/status-badge';
import { MODELS_PATH, withRange } from '../../lib/paths';
import { ModelLink } from './model-link';

const WORST_FIRST: ModelQuery = { sort: { field: 'health', direction: 'desc' }, limit: 8 };

const HEADLINE_METRIC: Record<ModelTask, string> = {
  classification: 'roc_auc',
  regression: 'rmse',
  ranking: 'ndcg_at_10',
};

/** A data scientist's first look: models worst first, each with its production version's metric and the reason. */
export function LatestMetricsPanel(): ReactNode {
  const page = useModelsPage(WORST_FIRST);
  const [params] = useSearchParams();
  return (
    <Panel
      title="Models and their latest metrics"
      subtitle="Worst health first · metrics of the version in production, from its evaluation"
    >
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
                    {/* On a line of its own: beside the name it wraps, and the link would sit inside running text. */}
                    <div className="muted" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      <LatestMetric model={m} />
                    </div>
                    <div>{m.health.reason}</div>
                  </div>
                </li>
              ))}
            </ul>
            <ListCap
              shown={data.items.length}
              total={data.total}
              noun="models"
              to={withRange(MODELS_PATH, params)}
              linkText={data.total !== undefined ? `See all ${formatInteger(data.total)}` : 'See all'}
            />
          </>
        )}
      </QueryState>
    </Panel>
  );
}

/**
 * The metric of the version that serves, which is what users get: a newer registered version
 * (a challenger) is not what production scores with. A model with nothing in production shows
 * its newest version, and says so.
 */
function LatestMetric({ model }: { model: ModelSummary }): ReactNode {
  const versions = useVersions(model.name);
  if (versions.isPending) return <Skeleton width={90} height={14} />;
  const production =
    model.productionVersion === undefined
      ? undefined
      : versions.data?.find((v) => v.version === model.productionVersion);
  const shown = production ?? (model.productionVersion === undefined ? versions.data?.[0] : undefined);
  const metric = HEADLINE_METRIC[model.task];
  const value = shown?.metrics[metric];
  if (!shown || value === undefined) return <span className="muted">—</span>;
  return (
    <span>
      <span style={{ whiteSpace: 'nowrap' }}>
        v{shown.version} {production ? 'in production' : '(newest; none in production)'}
      </span>
      {' · '}
      <span style={{ whiteSpace: 'nowrap' }}>
        {metricLabel(metric)} {formatMetric(metric, value)}
      </span>
    </span>
  );
}
