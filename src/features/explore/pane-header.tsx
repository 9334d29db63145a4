import { useId, type ReactNode } from 'react';
import type { ExplorePane as PaneState } from '../../domain/explore/explore-state';
import type { Source } from '../../sources/source';

/**
 * A pane's connection, and whether it asks for metrics (PromQL) or logs (LogQL) when the
 * connection answers both (the demo does). Switching keeps the other kind's query out of the way.
 */
export function PaneHeader(props: {
  pane: PaneState;
  sources: Source[];
  source: Source;
  onChange: (pane: PaneState) => void;
}): ReactNode {
  const { pane, source } = props;
  const id = useId();
  const { explore, logs } = source.capabilities;
  const asLogs = Boolean(logs && (pane.logs || !explore));
  const switchTo = (wantLogs: boolean): void => {
    if (wantLogs === asLogs) return;
    const { logs: _dropped, ...rest } = pane;
    props.onChange({
      ...rest,
      ...(wantLogs ? { logs: true } : {}),
      queries: [{ refId: 'A', expr: '', instant: false }],
    });
  };
  return (
    <>
      <label htmlFor={id} className="explore-inline">
        <span>Connection</span>
        <select
          id={id}
          value={source.connectionId}
          onChange={(event) => props.onChange({ ...pane, datasource: event.target.value })}
        >
          {props.sources.map((s) => (
            <option key={s.connectionId} value={s.connectionId}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {explore && logs && (
        <span className="explore-mode" role="group" aria-label="Ask for">
          <button
            type="button"
            className="button button--small"
            aria-pressed={!asLogs}
            onClick={() => switchTo(false)}
          >
            Metrics
          </button>
          <button
            type="button"
            className="button button--small"
            aria-pressed={asLogs}
            onClick={() => switchTo(true)}
          >
            Logs
          </button>
        </span>
      )}
    </>
  );
}
