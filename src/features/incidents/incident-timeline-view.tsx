import type { ReactNode } from 'react';
import type { TimelineEvent } from '../../domain/incident';
import { formatDateTime, formatDuration } from '../../ui/format';

const KIND_LABELS: Record<TimelineEvent['kind'], string> = {
  deploy: 'Deploy',
  rollback: 'Rollback',
  'traffic-shift': 'Traffic',
  'alert-firing': 'Alert',
  'alert-resolved': 'Resolved',
  drift: 'Drift',
  anomaly: 'Anomaly',
  status: 'Status',
  note: 'Note',
};

/** The deploy closest before the incident began: the first suspect. */
export function likelyTrigger(
  events: readonly TimelineEvent[],
  startedAt: number,
): TimelineEvent | undefined {
  return events
    .filter((e) => (e.kind === 'deploy' || e.kind === 'traffic-shift') && e.at <= startedAt)
    .sort((a, b) => b.at - a.at)[0];
}

/** Everything that happened, in order, with time since the incident began. */
export function IncidentTimelineView({
  events,
  startedAt,
}: {
  events: TimelineEvent[];
  startedAt: number;
}): ReactNode {
  const trigger = likelyTrigger(events, startedAt);
  return (
    <ol className="timeline" aria-label="Incident timeline">
      {events.map((e) => {
        const offset = e.at - startedAt;
        return (
          <li
            key={e.id}
            className={`timeline__item timeline__item--${e.kind} ${e.severity ? `timeline__item--${e.severity}` : ''}`}
          >
            <span className="timeline__kind">{KIND_LABELS[e.kind]}</span>
            <div className="timeline__body">
              <div className="row" style={{ gap: 8 }}>
                <strong>{e.title}</strong>
                {e === trigger && <span className="chip chip--alias">Likely trigger</span>}
              </div>
              {e.detail && <div className="timeline__detail">{e.detail}</div>}
              <div className="muted">
                <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at)}</time>
                {' · '}
                {offset === 0
                  ? 'at the start'
                  : offset < 0
                    ? `${formatDuration(-offset)} before the start`
                    : `${formatDuration(offset)} after the start`}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
