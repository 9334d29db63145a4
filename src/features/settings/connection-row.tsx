import type { ReactNode } from 'react';
import { useConnectionCheck } from '../../lib/queries/connection-check';
import { CAPABILITY_LABELS, type CapabilityName } from '../../sources/capabilities';
import type { ConnectionConfig } from '../../sources/connection-config';
import { kindOf } from '../../sources/kinds';
import type { Source } from '../../sources/source';
import { Skeleton } from '../../ui/skeleton';
import { CheckResult } from './check-result';

export interface ConnectionRowProps {
  connection: ConnectionConfig;
  source: Source | undefined;
  answering: CapabilityName[];
  onEdit: () => void;
  onRemove: () => void;
  canRemove: boolean;
}

export function ConnectionRow({
  connection,
  source,
  answering,
  onEdit,
  onRemove,
  canRemove,
}: ConnectionRowProps): ReactNode {
  return (
    <li className="panel" aria-label={`Connection ${connection.name ?? connection.id}`}>
      <div className="row">
        <h3>{connection.name ?? connection.id}</h3>
        <span className="chip">{kindOf(connection.kind).label}</span>
        {connection.url && <code className="muted">{connection.url}</code>}
        <span className="spacer" />
        <button type="button" className="button button--small" onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={onRemove}
          disabled={!canRemove}
        >
          Remove
        </button>
      </div>
      <p className="muted">
        {answering.length > 0
          ? `Answers: ${answering.map((c) => CAPABILITY_LABELS[c]).join(', ')}`
          : 'Answers no capability right now.'}
      </p>
      {source && <LiveCheck source={source} />}
    </li>
  );
}

function LiveCheck({ source }: { source: Source }): ReactNode {
  const check = useConnectionCheck(source);
  if (check.isPending) return <Skeleton height={44} />;
  return (
    <div className="stack" style={{ gap: 8 }}>
      {check.data && <CheckResult check={check.data} />}
      <div>
        <button
          type="button"
          className="button button--small"
          onClick={() => void check.refetch()}
          disabled={check.isFetching}
        >
          {check.isFetching ? 'Testing…' : 'Test'}
        </button>
      </div>
    </div>
  );
}
