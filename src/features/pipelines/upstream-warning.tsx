import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { pipelinePath } from '../../lib/paths';
import { useNow } from '../../lib/use-now';
import { useOptionalPipelines } from './api/pipelines';
import { pipelineHealth } from './pipeline-status';

/**
 * Said beside "Request retraining": the pipelines feeding this model that fail now, so a
 * retraining is not asked for on data that cannot arrive. Nothing when none fails, or when no
 * connection answers pipelines.
 */
export function UpstreamPipelineWarning({ model }: { model: string }): ReactNode {
  const { query } = useOptionalPipelines();
  const now = useNow();
  const failing = (query.data ?? []).filter(
    (p) => p.models.includes(model) && pipelineHealth(p, now).status === 'critical',
  );
  if (failing.length === 0) return null;
  return (
    <p className="callout callout--warning" role="note" data-testid="upstream-warning">
      Retraining would read from {failing.length === 1 ? 'a pipeline that is' : 'pipelines that are'} failing:{' '}
      {failing.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ', '}
          <Link to={pipelinePath(p.id)}>{p.name}</Link> ({pipelineHealth(p, now).reason.toLowerCase()})
        </span>
      ))}
      . A new version would train on the last data that passed, or fail the same way.
    </p>
  );
}
