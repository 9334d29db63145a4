import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { methodLabel } from '../../../domain/explanations/explanation';
import { decisionInWords } from '../../../domain/explanations/in-words';
import { QueryError } from '../../../lib/query-state';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime, formatDecimal } from '../../../ui/format';
import { Panel } from '../../../ui/panel';
import { SkeletonLines } from '../../../ui/skeleton';
import { useLocalExplanation } from '../api/explanations';
import { notFoundMessage } from '../not-found';
import { PREDICTION_PARAM, useSetParams } from '../url-state';
import { Waterfall } from './waterfall';

/** Paste a prediction id (from a complaint, a ticket, a log line) to see its explanation. */
export function PastePredictionId({ current }: { current?: string }): ReactNode {
  const setParams = useSetParams();
  const [text, setText] = useState(current ?? '');
  return (
    <form
      className="paste-id"
      onSubmit={(event) => {
        event.preventDefault();
        const id = text.trim();
        if (id) setParams({ [PREDICTION_PARAM]: id });
      }}
    >
      <label className="stack" style={{ gap: 4 }}>
        <span className="muted">Prediction id</span>
        <input
          className="input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="p100000"
        />
      </label>
      <button type="submit" className="button">
        Explain
      </button>
    </form>
  );
}

function DecisionBody({ name, id }: { name: string; id: string }): ReactNode {
  const local = useLocalExplanation(name, id);
  if (local.isPending) return <SkeletonLines lines={8} height={24} label="Loading the explanation" />;
  if (local.isError) {
    const missing = notFoundMessage(local.error);
    if (missing)
      return (
        <EmptyState title={missing}>Choose a prediction from the list below, or paste another id.</EmptyState>
      );
    return <QueryError query={local} what={`explain prediction ${id}`} />;
  }
  const data = local.data;
  if (data.problem)
    return (
      <p className="callout callout--warning" role="status">
        This explanation cannot be drawn. {data.problem.message}
      </p>
    );
  return (
    <div className="stack" style={{ gap: 8 }}>
      <p className="answer" data-testid="decision-in-words">
        {decisionInWords(data)}
      </p>
      <p className="muted">
        v{data.version}, {formatDateTime(data.at)}, {methodLabel(data.method)}. The base value{' '}
        {formatDecimal(data.baseValue, 3)} plus the contributions equals the prediction{' '}
        {formatDecimal(data.prediction, 3)} ({data.outputSpace}).
      </p>
      <Waterfall local={data} />
    </div>
  );
}

/** One decision: why prediction `id` came out as it did, with the way back to the list. */
export function DecisionPanel({ name, id }: { name: string; id: string }): ReactNode {
  const [params] = useSearchParams();
  const back = new URLSearchParams(params);
  back.delete(PREDICTION_PARAM);
  return (
    <Panel
      title={`Prediction ${id}`}
      subtitle="Why this decision came out as it did"
      actions={<Link to={`?${back.toString()}`}>Close</Link>}
    >
      <div className="stack">
        <DecisionBody name={name} id={id} />
        <PastePredictionId key={id} current={id} />
      </div>
    </Panel>
  );
}
