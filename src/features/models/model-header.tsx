import type { ReactNode } from 'react';
import type { ModelDetail } from '../../domain/model';
import { useNow } from '../../lib/use-now';
import { RelativeTime } from '../../ui/relative-time';
import { StatusBadge } from '../../ui/status-badge';
import { STAGE_LABELS, TASK_LABELS } from './fleet-columns';

/** The model page opens with its answer: the health and the reason, in words. */
export function ModelHeader({ model }: { model: ModelDetail }): ReactNode {
  const now = useNow();
  return (
    <header className="stack" style={{ gap: 8 }}>
      <p className="row answer" data-testid="health-reason">
        <StatusBadge status={model.health.status} />
        <span>{model.health.reason}</span>
      </p>
      <div className="row muted" style={{ gap: 16 }}>
        <span>
          {model.team} · {model.owner}
        </span>
        <span>{TASK_LABELS[model.task]}</span>
        <span>{STAGE_LABELS[model.stage]}</span>
        <span>
          {model.productionVersion ? `Production: v${model.productionVersion}` : 'Not in production'}
        </span>
        {model.aliases.map((a) => (
          <span key={a.alias} className="chip chip--alias">
            @{a.alias} → v{a.version}
          </span>
        ))}
        {model.lastDeployedAt !== undefined && (
          <span>
            Deployed <RelativeTime at={model.lastDeployedAt} now={now} />
          </span>
        )}
      </div>
      {model.description && <p style={{ maxWidth: '90ch' }}>{model.description}</p>}
    </header>
  );
}

export function ModelHeaderSkeleton(): ReactNode {
  return (
    <div className="stack" style={{ gap: 8 }} role="status" aria-label="Loading model">
      <span className="skeleton" style={{ width: '60%', height: 22 }} />
      <span className="skeleton" style={{ width: '40%', height: 16 }} />
    </div>
  );
}
