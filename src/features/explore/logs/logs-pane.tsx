import { useId, useState, type ReactNode } from 'react';
import type { ExplorePane as PaneState } from '../../../domain/explore/explore-state';
import { isLogQuery, withMatcher } from '../../../domain/logs/logql';
import type { TimeWindow } from '../../../domain/time-range';
import type { Logs } from '../../../sources/logs-capability';
import type { Source } from '../../../sources/source';
import { historyActions } from '../stores/history-store';
import { HistoryPanel } from '../history-panel';
import { LabelBrowser } from './label-browser';
import { LogsResults } from './logs-results';

/** How many lines a query may return; Loki's own default limit is 100, its ceiling 5,000. */
const LIMITS = [100, 500, 1000] as const;
const DEFAULT_LIMIT = 500;

export interface LogsPaneProps {
  pane: PaneState;
  /** "A" or "B", when split. */
  label: string;
  source: Source;
  logs: Logs;
  window: TimeWindow;
  /** The range in words: "the last hour". */
  rangeText: string;
  /** The model in context: the first query suggested selects its streams. */
  model: string;
  /** The connection picker and the metrics/logs switch, drawn by the page. */
  header: ReactNode;
  onChange: (pane: PaneState) => void;
  onClose?: () => void;
}

/**
 * One side of Explore asking for logs in LogQL: a selector (typed, or built from the connection's
 * labels), the volume of matching lines over the range, and the lines, newest first.
 */
export function LogsPane(props: LogsPaneProps): ReactNode {
  const { pane, source, logs, window } = props;
  const query = pane.queries[0] ?? { refId: 'A', expr: '', instant: false };
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState<number>(DEFAULT_LIMIT);
  const [showHistory, setShowHistory] = useState(false);
  const inputId = useId();
  // LogQL and PromQL kept apart, when one connection (the demo) answers both.
  const historyKey = `${source.connectionId}#logs`;
  const text = draft ?? query.expr;
  const suggestion = props.model ? `{model="${props.model}"}` : '{app="model-serving"} |= "error"';

  function run(expr = text): void {
    if (expr.trim()) historyActions.record(historyKey, expr);
    setDraft(undefined);
    props.onChange({ ...pane, queries: [{ ...query, expr, instant: false }] });
  }
  const addMatcher = (matcher: string): void => setDraft(withMatcher(text, matcher));

  return (
    <section className="explore-pane panel" aria-label={`Pane ${props.label}`}>
      <header className="explore-pane__header">
        {props.header}
        <span className="spacer" />
        <button
          type="button"
          className="button button--small"
          aria-pressed={showHistory}
          onClick={() => setShowHistory(!showHistory)}
        >
          History
        </button>
        {props.onClose && (
          <button type="button" className="button button--small button--ghost" onClick={props.onClose}>
            Close pane {props.label}
          </button>
        )}
      </header>
      {showHistory && <HistoryPanel connectionId={historyKey} onPick={(expr) => run(expr)} />}
      <LabelBrowser logs={logs} source={source} window={window} onAdd={addMatcher} />
      <div className="explore-query">
        <label htmlFor={inputId} className="explore-logs__label">
          Log query (LogQL; Shift+Enter runs it)
        </label>
        <textarea
          id={inputId}
          className="explore-logs__input"
          rows={2}
          spellCheck={false}
          value={text}
          placeholder={`${suggestion}   ← a stream selector, then filters such as |= "timeout"`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.shiftKey || event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              run();
            }
          }}
        />
        {text.trim() !== '' && !isLogQuery(text) && !/\(/.test(text) && (
          <p className="field-error">
            A log query starts with a stream selector in braces, such as <code>{suggestion}</code>.
          </p>
        )}
      </div>
      <div className="explore-pane__actions">
        <button type="button" className="button button--primary" onClick={() => run()}>
          Run
        </button>
        {!text.trim() && (
          <button type="button" className="button button--small" onClick={() => run(suggestion)}>
            Try {suggestion}
          </button>
        )}
        <span className="spacer" />
        <label className="explore-inline">
          <span>Lines</span>
          <select value={limit} onChange={(event) => setLimit(Number(event.target.value))}>
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                newest {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <LogsResults
        query={query.expr}
        logs={logs}
        source={source}
        window={window}
        limit={limit}
        rangeText={props.rangeText}
        paneLabel={`pane ${props.label}`}
      />
    </section>
  );
}
