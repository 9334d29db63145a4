import type { ReactNode } from 'react';
import { EmptyState } from '../../ui/empty-state';
import { useNow } from '../../lib/use-now';
import { RelativeTime } from '../../ui/relative-time';
import { historyActions, useHistory } from './stores/history-store';

/** The connection's queries run on this device, starred first: pick one to run it again. */
export function HistoryPanel({
  connectionId,
  onPick,
}: {
  connectionId: string;
  onPick: (expr: string) => void;
}): ReactNode {
  const entries = useHistory(connectionId);
  const now = useNow();
  if (entries.length === 0)
    return (
      <EmptyState title="No queries yet on this connection.">
        Queries you run are kept here, on this device; star one to keep it until you remove it.
      </EmptyState>
    );
  return (
    <ul className="explore-history">
      {entries.map((entry) => (
        <li key={entry.expr}>
          <button
            type="button"
            className="button button--small button--ghost"
            aria-pressed={entry.starred}
            aria-label={entry.starred ? `Unstar ${entry.expr}` : `Star ${entry.expr}`}
            onClick={() => historyActions.star(connectionId, entry.expr, !entry.starred)}
          >
            <span aria-hidden>{entry.starred ? '★' : '☆'}</span>
          </button>
          <button type="button" className="explore-history__expr" onClick={() => onPick(entry.expr)}>
            <code>{entry.expr}</code>
          </button>
          <span className="muted explore-history__at">
            <RelativeTime at={entry.at} now={now} />
          </span>
          <button
            type="button"
            className="button button--small button--ghost"
            aria-label={`Remove ${entry.expr} from the history`}
            onClick={() => historyActions.remove(connectionId, entry.expr)}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
