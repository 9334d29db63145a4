import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { modelPath, pipelinePath, PIPELINES_PATH } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { usePipelines } from './api/pipelines';
import { failuresFirst, pipelineHealth } from './pipeline-status';

/** The data engineer's first answer: which pipelines fail or run late, and the models they hold back. */
export function FailingPipelinesPanel(): ReactNode {
  const query = usePipelines();
  const now = useNow();
  return (
    <Panel title="Failing and late pipelines" actions={<Link to={PIPELINES_PATH}>All pipelines</Link>}>
      <QueryState
        query={query}
        what="load the pipelines"
        skeleton={<SkeletonLines lines={3} height={36} label="Loading pipelines" />}
      >
        {(list) => {
          const attention = failuresFirst(list, now).filter(
            (p) => pipelineHealth(p, now).status !== 'healthy' && pipelineHealth(p, now).word !== 'Running',
          );
          if (attention.length === 0)
            return (
              <EmptyState title={`All ${list.length} pipelines are healthy.`}>
                Fresh, and passing their checks.
              </EmptyState>
            );
          return (
            <ul className="list-plain" aria-label="Pipelines needing attention">
              {attention.map((p) => {
                const health = pipelineHealth(p, now);
                return (
                  <li key={p.id} className="attention-item">
                    <StatusBadge status={health.status} label={health.word} />
                    <div>
                      <Link to={pipelinePath(p.id)}>{p.name}</Link>
                      <div className="muted">{health.reason}</div>
                      {p.models.length > 0 && (
                        <div className="muted">
                          Affects{' '}
                          {p.models.map((m, i) => (
                            <span key={m}>
                              {i > 0 && ', '}
                              <Link to={modelPath(m)}>{m}</Link>
                            </span>
                          ))}
                        </div>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          );
        }}
      </QueryState>
    </Panel>
  );
}
