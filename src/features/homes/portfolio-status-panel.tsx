import { useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { FleetSummary } from '../../domain/fleet';
import { HEALTH_STATUSES } from '../../domain/health';
import { MODEL_STAGES } from '../../domain/model';
import { formatInteger } from '../../ui/format';
import { MODELS_PATH, withRange } from '../../lib/paths';
import { useFleetSummary } from './api/fleet-summary';
import { useModelsPage } from '../../lib/queries/models-page';
import { unknownWhy } from './unknown-why';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { statusLabel } from '../../ui/status-badge';
import { StatusIcon } from '../../ui/status-icon';

const STAGE_WORDS: Record<(typeof MODEL_STAGES)[number], string> = {
  production: 'In production',
  staging: 'In staging',
  development: 'In development',
  archived: 'Archived',
};

/** Counts by health and by stage; each count opens the fleet filtered to it. */
export function PortfolioStatusPanel(): ReactNode {
  const summary = useFleetSummary();
  const [params] = useSearchParams();
  const fleetLink = (filter: string): string => withRange(`${MODELS_PATH}?${filter}`, params);
  const whyId = useId();
  return (
    <Panel title="Portfolio status" subtitle={summary.data ? modelCount(summary.data) : undefined}>
      <QueryState
        query={summary}
        what="load the portfolio"
        skeleton={<SkeletonLines lines={4} height={48} label="Loading portfolio" />}
        empty={(data) =>
          data.totalModels === 0 ? (
            <EmptyState title="No models registered yet.">
              Register a model in your model registry, or check Settings → Connections.
            </EmptyState>
          ) : undefined
        }
      >
        {(data) => (
          <>
            {data.partial && (
              <p className="muted">
                Counted from the first {formatInteger(data.totalModels)} models by name: the registry holds
                more than its connection reads for a summary. The Models page lists them all.
              </p>
            )}
            <div className="stat-grid" role="list" aria-label="Models by health">
              {HEALTH_STATUSES.map((status) => (
                // The list item wraps the link: `role="listitem"` on the link itself would hide that it is one.
                <div key={status} role="listitem" style={{ display: 'contents' }}>
                  <Link
                    className={`stat stat--link`}
                    to={fleetLink(`health=${status}`)}
                    aria-describedby={status === 'unknown' && data.byHealth.unknown > 0 ? whyId : undefined}
                  >
                    <span className="stat__value">{formatInteger(data.byHealth[status])}</span>
                    <span
                      className={`stat__label status--${status}`}
                      style={{ background: 'none', display: 'inline-flex', gap: 4, alignItems: 'center' }}
                    >
                      <StatusIcon status={status} /> {statusLabel(status)}
                    </span>
                  </Link>
                </div>
              ))}
            </div>
            {data.byHealth.unknown > 0 && <UnknownWhy id={whyId} count={data.byHealth.unknown} />}
            <div className="stat-grid" role="list" aria-label="Models by stage">
              {MODEL_STAGES.map((stage) => (
                <div key={stage} role="listitem" style={{ display: 'contents' }}>
                  <Link className="stat stat--link" to={fleetLink(`stage=${stage}`)}>
                    <span className="stat__value">{formatInteger(data.byStage[stage])}</span>
                    <span className="stat__label">{STAGE_WORDS[stage]}</span>
                  </Link>
                </div>
              ))}
            </div>
          </>
        )}
      </QueryState>
    </Panel>
  );
}

/** The models behind the Unknown tile, as many as one page holds: their reasons say why. */
const UNKNOWN_QUERY = {
  health: ['unknown' as const],
  sort: { field: 'name' as const, direction: 'asc' as const },
  limit: 50,
};

/** "Unknown: Labels arrive 3 days late…": a count nobody can act on, explained. */
function UnknownWhy({ id, count }: { id: string; count: number }): ReactNode {
  const unknown = useModelsPage(UNKNOWN_QUERY);
  return (
    <p id={id} className="muted">
      Unknown health: {unknown.isPending ? 'finding out why…' : unknownWhy(unknown.data?.items ?? [], count)}
    </p>
  );
}

const modelCount = (summary: FleetSummary): string =>
  `${formatInteger(summary.totalModels)}${summary.partial ? '+' : ''} models`;
