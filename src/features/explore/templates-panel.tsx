import { useId, type ReactNode } from 'react';
import { QueryState } from '../../lib/query-state';
import type { Explore } from '../../sources/explore-capability';
import type { Source } from '../../sources/source';
import { Skeleton } from '../../ui/skeleton';
import { useExploreTemplates } from './api/explore-query';

/** Queries for the model in context, in the connection's own metric names: pick one to run it. */
export function TemplatesPanel(props: {
  explore: Explore;
  source: Source;
  model: string;
  onModel: (model: string) => void;
  onPick: (expr: string) => void;
}): ReactNode {
  const id = useId();
  const templates = useExploreTemplates(props.explore, props.source, props.model);
  return (
    <div className="explore-templates">
      <label htmlFor={id} className="explore-inline">
        <span>Model</span>
        <input
          id={id}
          type="text"
          defaultValue={props.model}
          placeholder="e.g. dynamic-pricing"
          onBlur={(event) => props.onModel(event.target.value.trim())}
          onKeyDown={(event) => {
            if (event.key === 'Enter') props.onModel(event.currentTarget.value.trim());
          }}
        />
      </label>
      {!props.model ? (
        <p className="muted">Name a model to get its latency, error and drift queries.</p>
      ) : (
        <QueryState query={templates} what="write the templates" skeleton={<Skeleton height={80} />}>
          {(list) => (
            <ul className="explore-templates__list">
              {list.map((t) => (
                <li key={t.id}>
                  <button type="button" className="button button--small" onClick={() => props.onPick(t.expr)}>
                    {t.label}
                  </button>
                  <code className="muted">{t.expr}</code>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      )}
    </div>
  );
}
