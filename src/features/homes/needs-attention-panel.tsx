import type { ReactNode } from 'react';
import { useFleetSummary } from './api/fleet-summary';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { ModelLink } from './model-link';
import { ListCap } from '../../ui/list-cap';
import { MODELS_PATH } from '../../lib/paths';

const ATTENTION_LINK = `${MODELS_PATH}?health=critical&health=warning&sort=-health`;

/** Worst first, each with the reason in words. */
export function NeedsAttentionPanel(): ReactNode {
  const summary = useFleetSummary();
  return (
    <Panel title="Needs attention" subtitle="Worst first">
      <QueryState
        query={summary}
        what="load the models that need attention"
        skeleton={<SkeletonLines lines={5} height={36} label="Loading models that need attention" />}
        empty={(data) =>
          data.totalModels === 0 ? (
            <EmptyState title="No models to watch yet.">
              Models appear here once your model registry has some; check Settings → Connections.
            </EmptyState>
          ) : data.needsAttention.length === 0 ? (
            <EmptyState title="Nothing needs attention.">Every model is healthy.</EmptyState>
          ) : undefined
        }
      >
        {(data) => (
          <>
            <ul className="list-plain">
              {data.needsAttention.map((model) => (
                <li key={model.name} className="attention-item">
                  <StatusBadge status={model.health.status} />
                  <div>
                    <ModelLink name={model.name} />
                    <span className="muted"> · {model.team}</span>
                    <div>{model.health.reason}</div>
                  </div>
                </li>
              ))}
            </ul>
            <ListCap
              shown={data.needsAttention.length}
              total={data.byHealth.critical + data.byHealth.warning}
              atLeast={data.partial}
              noun="models that need attention"
              to={ATTENTION_LINK}
              linkText="See them all in the registry"
            />
          </>
        )}
      </QueryState>
    </Panel>
  );
}
