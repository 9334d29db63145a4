import { useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  emptyQuery,
  MAX_PANES,
  parseExploreParams,
  writeExploreParams,
  type ExplorePane as PaneState,
  type ExploreState,
} from '../../domain/explore/explore-state';
import {
  DEFAULT_TIME_RANGE,
  formatTimeRangeParam,
  parseTimeRange,
  resolveTimeRange,
} from '../../domain/time-range';
import { CONNECTIONS_PATH } from '../../lib/paths';
import { useSourceSet } from '../../lib/sources-context';
import { TIME_RANGE_PARAM } from '../../lib/use-time-range';
import { useNow } from '../../lib/use-now';
import type { Source } from '../../sources/source';
import { describeWindow } from '../../ui/describe-window';
import { EmptyState } from '../../ui/empty-state';
import { PageTitle } from '../../ui/page-title';
import { ExplorePane } from './explore-pane';
import { LogsPane } from './logs/logs-pane';
import { PaneHeader } from './pane-header';
import './explore.css';

const SYNC_ID = 'explore';
const PANE_LABELS = ['A', 'B'];

/**
 * Explore: PromQL against a metrics connection over the global time range, for the question no
 * chart anticipated. The URL holds everything (Grafana Explore's layout), so a link reproduces it.
 */
export function ExplorePage(): ReactNode {
  const [params, setParams] = useSearchParams();
  const sourceSet = useSourceSet();
  const now = useNow();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const globalRange = parseTimeRange(params.get(TIME_RANGE_PARAM));
  const parsed = useMemo(
    () => parseExploreParams(params, globalRange ?? DEFAULT_TIME_RANGE),
    [params, globalRange],
  );
  const state: ExploreState = { ...parsed.state, range: globalRange ?? parsed.state.range };
  const timeWindow = resolveTimeRange(state.range, now);
  const model = params.get('model') ?? '';

  const sources = [...sourceSet.sources.values()].filter(
    (s) => s.capabilities.explore ?? s.capabilities.logs,
  );
  const fallback = sourceSet.assignments.explore ?? sourceSet.assignments.logs;

  const update = (next: ExploreState): void =>
    setParams((current) => {
      const written = writeExploreParams(next, current);
      written.set(TIME_RANGE_PARAM, formatTimeRangeParam(next.range));
      return written;
    });
  const setPane = (index: number, pane: PaneState): void =>
    update({ ...state, panes: state.panes.map((p, i) => (i === index ? pane : p)) });
  const setModel = (value: string): void =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set('model', value);
      else next.delete('model');
      return next;
    });

  async function copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  const split = state.panes.length > 1;
  return (
    <div className="stack explore-page">
      <header className="explore-page__header">
        <PageTitle title="Explore" />
        <p className="explore-page__answer">
          {sources.length === 0
            ? 'No connection answers raw queries yet.'
            : `${split ? 'Two queries side by side' : 'Ask in PromQL for metrics or LogQL for logs'} over ${describeWindow(state.range, timeWindow)}; Shift+Enter runs a query.`}
        </p>
        <span className="spacer" />
        {sources.length > 0 && (
          <>
            {!split && state.panes.length < MAX_PANES && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  update({
                    ...state,
                    panes: [...state.panes, structuredClone(state.panes[0] ?? { queries: [emptyQuery()] })],
                  })
                }
              >
                Split
              </button>
            )}
            <button type="button" className="button" onClick={() => void copyLink()}>
              Copy link
            </button>
            <span role="status" className="muted">
              {copied === 'copied'
                ? 'Link copied.'
                : copied === 'failed'
                  ? 'Could not copy: copy the address bar.'
                  : ''}
            </span>
          </>
        )}
      </header>
      {parsed.problem && (
        <p className="explore-note" role="status">
          {parsed.problem}
        </p>
      )}
      {sources.length === 0 ? (
        <EmptyState title="Explore needs a Prometheus or Loki connection (or anything speaking their query APIs).">
          <Link to={CONNECTIONS_PATH}>Add one on the Connections page</Link>; the built-in demo answers too.
        </EmptyState>
      ) : (
        <div className={split ? 'explore-panes explore-panes--split' : 'explore-panes'}>
          {state.panes.map((pane, i) => {
            const source = pick(sources, pane.datasource, fallback);
            const { explore, logs } = source.capabilities;
            const label = PANE_LABELS[i] ?? String(i + 1);
            const onChange = (next: PaneState): void => setPane(i, next);
            const onClose = split
              ? () => update({ ...state, panes: state.panes.filter((_, j) => j !== i) })
              : undefined;
            const header = <PaneHeader pane={pane} sources={sources} source={source} onChange={onChange} />;
            if (logs && (pane.logs || !explore))
              return (
                <LogsPane
                  key={label}
                  label={label}
                  pane={pane}
                  header={header}
                  source={source}
                  logs={logs}
                  window={timeWindow}
                  rangeText={describeWindow(state.range, timeWindow)}
                  model={model}
                  onChange={onChange}
                  onClose={onClose}
                />
              );
            if (!explore) return null;
            return (
              <ExplorePane
                key={label}
                label={label}
                pane={pane}
                header={header}
                source={source}
                explore={explore}
                window={timeWindow}
                model={model}
                onModel={setModel}
                onChange={onChange}
                onClose={onClose}
                syncId={SYNC_ID}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}

/** The pane's connection, else the one assigned to Explore, else the first that answers it. */
function pick(sources: Source[], wanted: string | undefined, fallback: string | undefined): Source {
  return (
    sources.find((s) => s.connectionId === wanted) ??
    sources.find((s) => s.connectionId === fallback) ??
    (sources[0] as Source)
  );
}
