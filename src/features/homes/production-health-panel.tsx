import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ModelQuery } from '../../domain/fleet';
import { formatInteger } from '../../ui/format';
import { MODELS_PATH, withRange } from '../../lib/paths';
import { useModelsPage } from '../../lib/queries/models-page';
import { QueryState } from '../../lib/query-state';
import { DataTable } from '../../ui/data-table';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { ListCap } from '../../ui/list-cap';
import { StatusBadge } from '../../ui/status-badge';
import { ModelLink } from './model-link';

const PRODUCTION_WORST_FIRST: ModelQuery = {
  stages: ['production'],
  sort: { field: 'health', direction: 'desc' },
  limit: 12,
};

/** What an SRE checks first: production models, worst health first, with open alerts. */
export function ProductionHealthPanel(): ReactNode {
  const page = useModelsPage(PRODUCTION_WORST_FIRST);
  const [params] = useSearchParams();
  return (
    <Panel
      title="Production models by health"
      subtitle={
        page.data?.total !== undefined ? `${formatInteger(page.data.total)} in production` : undefined
      }
      actions={<Link to={withRange(`${MODELS_PATH}?stage=production`, params)}>All production models</Link>}
    >
      <QueryState
        query={page}
        what="load production models"
        skeleton={<SkeletonLines lines={6} height={28} label="Loading production models" />}
        empty={(data) =>
          data.items.length === 0 ? <EmptyState title="No models in production." /> : undefined
        }
      >
        {(data) => (
          <>
            <DataTable
              columns={[
                {
                  header: 'Model',
                  cell: (m) => (
                    <>
                      <ModelLink name={m.name} />
                      <div className="muted">v{m.productionVersion ?? '—'}</div>
                    </>
                  ),
                },
                {
                  header: 'Health',
                  cell: (m) => (
                    <>
                      <StatusBadge status={m.health.status} />
                      <div className="muted">{m.health.reason}</div>
                    </>
                  ),
                },
                { header: 'Open alerts', numeric: true, cell: (m) => formatInteger(m.openAlerts) },
              ]}
              rows={data.items}
              rowKey={(m) => m.name}
            />
            <ListCap
              shown={data.items.length}
              total={data.total}
              noun="production models"
              to={withRange(`${MODELS_PATH}?stage=production`, params)}
              linkText={data.total !== undefined ? `See all ${formatInteger(data.total)}` : 'See all'}
            />
          </>
        )}
      </QueryState>
    </Panel>
  );
}
