import type { ReactNode } from 'react';
import { objectiveHealth, type ObjectiveStatus } from '../../domain/slo';
import { formatDecimal, formatLatency, formatPercent } from '../../ui/format';
import { StatusBadge } from '../../ui/status-badge';

const SIGNAL_LABELS: Record<ObjectiveStatus['signal'], string> = {
  latency_p95: 'p95 latency',
  latency_p99: 'p99 latency',
  error_rate: 'Error rate',
};

export function formatObjectiveTarget(o: ObjectiveStatus): string {
  const limit = o.signal === 'error_rate' ? formatPercent(o.threshold) : formatLatency(o.threshold);
  return `${SIGNAL_LABELS[o.signal]} ≤ ${limit}, ${formatPercent(o.objective, o.objective >= 0.999 ? 2 : 1)} of ${o.signal === 'error_rate' ? 'requests' : 'the time'} over ${o.windowDays} d`;
}

/** The short form for narrow tables; the full sentence goes in the tooltip. */
export function formatObjectiveShort(o: ObjectiveStatus): string {
  const limit = o.signal === 'error_rate' ? formatPercent(o.threshold) : formatLatency(o.threshold);
  return `${SIGNAL_LABELS[o.signal]} ≤ ${limit}`;
}

export function formatObjectiveCurrent(o: ObjectiveStatus): string {
  return o.signal === 'error_rate' ? formatPercent(o.current, 2) : formatLatency(o.current);
}

/** Each objective with where it stands now: the budget left and how fast it burns. */
export function ObjectivesTable({
  objectives,
  showModel = false,
  compact = false,
  renderModel,
}: {
  objectives: ObjectiveStatus[];
  showModel?: boolean;
  /** Objectives in a few words, for panels. */
  compact?: boolean;
  renderModel?: (o: ObjectiveStatus) => ReactNode;
}): ReactNode {
  return (
    <div className="scroll-x">
      <table className="table">
        <thead>
          <tr>
            {showModel && <th scope="col">Service</th>}
            <th scope="col">Objective</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Now
            </th>
            <th scope="col" className="num">
              Budget left
            </th>
            <th scope="col" className="num">
              Burn 1 h / 6 h
            </th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((o) => {
            const health = objectiveHealth(o);
            return (
              <tr key={o.id}>
                {showModel && <td>{renderModel ? renderModel(o) : o.modelName}</td>}
                <td title={formatObjectiveTarget(o)}>
                  {compact ? formatObjectiveShort(o) : formatObjectiveTarget(o)}
                </td>
                <td>
                  <StatusBadge status={health.status} />
                  <div className="muted">{health.reason}</div>
                </td>
                <td className="num">{formatObjectiveCurrent(o)}</td>
                <td className="num">{formatPercent(Math.max(o.budgetRemaining, -9.99), 0)}</td>
                <td className="num">
                  {formatDecimal(o.burnRate1h, 1)}× / {formatDecimal(o.burnRate6h, 1)}×
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
