import { useId, type ReactNode } from 'react';
import type { ExploreQuery } from '../../domain/explore/explore-state';
import { formatStep, parseStep } from '../../domain/explore/explore-step';
import type { CompletionClient } from './completion-client';
import { PromqlEditor, type ServerError } from './promql-editor';

export interface QueryRowProps {
  query: ExploreQuery;
  draft: string;
  onDraft: (draft: string) => void;
  onChange: (query: ExploreQuery) => void;
  onRun: () => void;
  onRemove?: () => void;
  client: CompletionClient;
  /** The step this query runs at, and whether the user chose it. */
  step: { stepSeconds: number; chosen: boolean; widened: boolean };
  error?: ServerError;
}

/** One query of a pane: the editor, instant or range, and the step (shown, and overridable). */
export function QueryRow(props: QueryRowProps): ReactNode {
  const { query, step } = props;
  const id = useId();
  const stepText = step.chosen
    ? step.widened
      ? `Step ${formatStep(step.stepSeconds)}: widened, as Prometheus allows 11,000 points a series`
      : `Step ${formatStep(step.stepSeconds)} (chosen)`
    : `Step ${formatStep(step.stepSeconds)}, from the chart’s width`;
  return (
    <div className="explore-query">
      <div className="explore-query__head">
        <span className="explore-query__ref" aria-hidden>
          {query.refId}
        </span>
        <div className="explore-query__editor">
          <PromqlEditor
            value={props.draft}
            onChange={props.onDraft}
            onRun={props.onRun}
            client={props.client}
            label={`Query ${query.refId} (PromQL; Shift+Enter runs it)`}
            describedBy={`${id}-error`}
            error={props.error}
          />
        </div>
        {props.onRemove && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={props.onRemove}
            aria-label={`Remove query ${query.refId}`}
          >
            Remove
          </button>
        )}
      </div>
      <p id={`${id}-error`} className="field-error explore-query__error" aria-live="polite">
        {props.error?.message}
      </p>
      <div className="explore-query__options">
        <label className="explore-inline">
          <input
            type="checkbox"
            checked={query.instant}
            onChange={(event) => props.onChange({ ...query, instant: event.target.checked })}
          />
          Instant (one value a series, at the range’s end)
        </label>
        {!query.instant && (
          <label className="explore-inline">
            <span>Step</span>
            <input
              className="explore-step-input"
              type="text"
              inputMode="numeric"
              placeholder={`auto (${formatStep(step.stepSeconds)})`}
              defaultValue={query.stepSeconds === undefined ? '' : formatStep(query.stepSeconds)}
              aria-describedby={`${id}-step`}
              onBlur={(event) => {
                const parsed = parseStep(event.target.value);
                if (parsed !== query.stepSeconds) props.onChange({ ...query, stepSeconds: parsed });
              }}
            />
          </label>
        )}
        {!query.instant && (
          <span id={`${id}-step`} className="muted">
            {stepText}
          </span>
        )}
      </div>
    </div>
  );
}
