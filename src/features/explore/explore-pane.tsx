import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import {
  emptyQuery,
  type ExplorePane as PaneState,
  type ExploreQuery,
} from '../../domain/explore/explore-state';
import { exploreStep } from '../../domain/explore/explore-step';
import { errorOffset, inferUnit } from '../../domain/explore/query-hints';
import { UNITS, type Unit } from '../../domain/series';
import type { TimeWindow } from '../../domain/time-range';
import { describeError } from '../../lib/describe-error';
import { exploreKeys } from '../../lib/query-keys';
import type { Explore, MetricNameList } from '../../sources/explore-capability';
import { formatInteger } from '../../ui/format';
import type { Source } from '../../sources/source';
import { UNIT_LABELS } from '../../ui/charts/units';
import { exploreQueryOptions, useExploreQuery, type RunSpec } from './api/explore-query';
import { completionClient, MAX_METRIC_NAMES } from './completion-client';
import { ExploreResults, type RanQuery } from './explore-results';
import { HistoryPanel } from './history-panel';
import { QueryRow } from './query-row';
import { historyActions } from './stores/history-store';
import { TemplatesPanel } from './templates-panel';
import { useElementWidth } from './use-element-width';

/** Explore's sources do not say how often they scrape; 15 s is the finest step worth asking for. */
const SCRAPE_SECONDS = 15;
const MAX_QUERIES = 6;

export interface ExplorePaneProps {
  pane: PaneState;
  /** "A" or "B", when split. */
  label: string;
  /** The connection picker and the metrics/logs switch, drawn by the page. */
  header: ReactNode;
  source: Source;
  explore: Explore;
  window: TimeWindow;
  model: string;
  onModel: (model: string) => void;
  onChange: (pane: PaneState) => void;
  onClose?: () => void;
  syncId: string;
}

/** One side of Explore: a connection, its queries, and what they returned. */
export function ExplorePane(props: ExplorePaneProps): ReactNode {
  const { pane, source, explore, window } = props;
  const client = useMemo(() => completionClient(explore), [explore]);
  const metricList = useQuery({
    queryKey: [...exploreKeys.all(source.cacheKey), 'metric-list'],
    queryFn: () => client.metricList(),
  });
  const results = useRef<HTMLDivElement>(null);
  const width = useElementWidth(results);
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [side, setSide] = useState<'history' | 'templates' | null>(null);

  const steps = pane.queries.map((q) => exploreStep(window, width, SCRAPE_SECONDS, q.stepSeconds));
  const firstExpr = pane.queries.find((q) => q.expr.trim())?.expr ?? '';
  const [unitChoice, setUnitChoice] = useState<Unit | undefined>(undefined);
  const unit = unitChoice ?? inferUnit(firstExpr);

  function run(
    nextQueries: ExploreQuery[] = pane.queries.map((q) => ({ ...q, expr: drafts[q.refId] ?? q.expr })),
  ): void {
    for (const q of nextQueries) if (q.expr.trim()) historyActions.record(source.connectionId, q.expr);
    setDrafts({});
    props.onChange({ ...pane, queries: nextQueries });
    // Run again means ask again, even when nothing changed.
    void queryClient.invalidateQueries({ queryKey: exploreKeys.all(source.cacheKey) });
  }
  // A template or a query from the history replaces the pane's queries: the pane then shows just it.
  const useExpr = (expr: string): void => {
    const first = pane.queries[0] ?? emptyQuery();
    run([{ ...first, refId: 'A', expr }]);
  };
  const nextRefId = (): string => {
    const used = new Set(pane.queries.map((q) => q.refId));
    return (
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].find((id) => !used.has(id)) ?? `Q${pane.queries.length + 1}`
    );
  };

  return (
    <section className="explore-pane panel" aria-label={`Pane ${props.label}`}>
      <header className="explore-pane__header">
        {props.header}
        <span className="spacer" />
        <button
          type="button"
          className="button button--small"
          aria-pressed={side === 'templates'}
          onClick={() => setSide(side === 'templates' ? null : 'templates')}
        >
          Templates
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={side === 'history'}
          onClick={() => setSide(side === 'history' ? null : 'history')}
        >
          History
        </button>
        {props.onClose && (
          <button type="button" className="button button--small button--ghost" onClick={props.onClose}>
            Close pane {props.label}
          </button>
        )}
      </header>
      {side === 'templates' && (
        <TemplatesPanel
          explore={explore}
          source={source}
          model={props.model}
          onModel={props.onModel}
          onPick={useExpr}
        />
      )}
      {side === 'history' && <HistoryPanel connectionId={source.connectionId} onPick={useExpr} />}
      <MetricListNote list={metricList.data} />
      {pane.queries.map((query, i) => (
        <PaneQuery
          key={query.refId}
          query={query}
          step={steps[i] ?? exploreStep(window, width, SCRAPE_SECONDS)}
          client={client}
          explore={explore}
          source={source}
          window={window}
          draft={drafts[query.refId]}
          onDraft={(draft) => setDrafts((d) => ({ ...d, [query.refId]: draft }))}
          onChange={(next) =>
            props.onChange({ ...pane, queries: pane.queries.map((q) => (q.refId === next.refId ? next : q)) })
          }
          onRun={() => run()}
          onRemove={
            pane.queries.length > 1
              ? () =>
                  props.onChange({ ...pane, queries: pane.queries.filter((q) => q.refId !== query.refId) })
              : undefined
          }
        />
      ))}
      <div className="explore-pane__actions">
        <button type="button" className="button button--primary" onClick={() => run()}>
          Run
        </button>
        {pane.queries.length < MAX_QUERIES && (
          <button
            type="button"
            className="button button--small"
            onClick={() => props.onChange({ ...pane, queries: [...pane.queries, emptyQuery(nextRefId())] })}
          >
            Add query
          </button>
        )}
        <span className="spacer" />
        <label className="explore-inline">
          <span>Unit</span>
          <select value={unit} onChange={(event) => setUnitChoice(event.target.value as Unit)}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {UNIT_LABELS[u]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div ref={results}>
        <PaneResults
          queries={pane.queries}
          steps={steps.map((s) => s.stepSeconds)}
          explore={explore}
          source={source}
          window={window}
          unit={unit}
          syncId={props.syncId}
          paneLabel={`pane ${props.label}`}
        />
      </div>
    </section>
  );
}

interface PaneQueryProps {
  query: ExploreQuery;
  step: ReturnType<typeof exploreStep>;
  client: ReturnType<typeof completionClient>;
  explore: Explore;
  source: Source;
  window: TimeWindow;
  draft: string | undefined;
  onDraft: (draft: string) => void;
  onChange: (query: ExploreQuery) => void;
  onRun: () => void;
  onRemove?: () => void;
}

/** A query row with the inline mark of Prometheus's refusal of its last run. */
function PaneQuery(props: PaneQueryProps): ReactNode {
  const result = useExploreQuery(
    props.explore,
    props.source,
    spec(props.query, props.window, props.step.stepSeconds),
  );
  const error = result.isError ? serverError(result.error, props.query.expr) : undefined;
  return (
    <QueryRow
      query={props.query}
      draft={props.draft ?? props.query.expr}
      onDraft={props.onDraft}
      onChange={props.onChange}
      onRun={props.onRun}
      onRemove={props.onRemove}
      client={props.client}
      step={props.step}
      error={error}
    />
  );
}

function PaneResults(props: {
  queries: ExploreQuery[];
  steps: number[];
  explore: Explore;
  source: Source;
  window: TimeWindow;
  unit: Unit;
  syncId: string;
  paneLabel: string;
}): ReactNode {
  const results = useQueries({
    queries: props.queries.map((q, i) =>
      exploreQueryOptions(props.explore, props.source, spec(q, props.window, props.steps[i] ?? 60)),
    ),
  });
  const ran: RanQuery[] = results.map((result, i) => ({
    refId: props.queries[i]?.refId ?? String(i),
    expr: props.queries[i]?.expr ?? '',
    result,
  }));
  return (
    <ExploreResults
      queries={ran}
      unit={props.unit}
      window={props.window}
      syncId={props.syncId}
      paneLabel={props.paneLabel}
    />
  );
}

function spec(query: ExploreQuery, window: TimeWindow, stepSeconds: number): RunSpec {
  return { expr: query.expr, instant: query.instant, window, stepSeconds };
}

/** Only a refusal of the expression is marked in the editor; others show in the results. */
function serverError(error: unknown, expr: string): { message: string; offset?: number } | undefined {
  const { detail } = describeError(error);
  if (!/parse error|unexpected|unknown function|expected type/i.test(detail)) return undefined;
  return { message: detail, offset: errorOffset(detail, expr) };
}

/** What completion can offer, when the connection's metric list is cut or missing. */
function MetricListNote({ list }: { list: MetricNameList | undefined }): ReactNode {
  if (list?.unavailable)
    return (
      <p className="explore-note" role="status">
        {list.unavailable} Queries still run.
      </p>
    );
  if (list?.truncated)
    return (
      <p className="muted" role="status">
        Completion offers the first {formatInteger(MAX_METRIC_NAMES)} metric names of this connection; others
        still run when typed in full.
      </p>
    );
  return null;
}
