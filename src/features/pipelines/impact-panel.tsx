import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DatasetVersionRef } from '../../domain/pipelines/types';
import { datasetPath, modelPath, withRange } from '../../lib/paths';
import { QueryError, QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { SkeletonLines } from '../../ui/skeleton';
import { useDatasetVersions, useImpact } from './api/pipelines';

const USE: Record<string, string> = {
  training: 'trained on it',
  evaluation: 'evaluated on it',
  serving: 'serves from it',
};

/** From a failed check's dataset (the version this run wrote, else the newest) to the model versions it reaches. */
export function ImpactPanel({ dataset, runId }: { dataset: string; runId: string }): ReactNode {
  const versions = useDatasetVersions(dataset);
  const written = versions.data?.find((v) => v.runId === runId) ?? versions.data?.[0];
  const ref: DatasetVersionRef | undefined = written ? { dataset, version: written.version } : undefined;
  const impact = useImpact(ref);
  const [params] = useSearchParams();
  return (
    <section className="stack" style={{ gap: 8 }} aria-labelledby="impact-title">
      <h2 id="impact-title" className="panel__title">
        Impacted models
      </h2>
      <p className="muted">
        What read <Link to={datasetPath(dataset)}>{dataset}</Link>
        {ref ? ` (version ${ref.version})` : ''} or anything derived from it.
      </p>
      {versions.isError ? (
        <QueryError query={versions} what={`read the versions of ${dataset}`} />
      ) : versions.isSuccess && !ref ? (
        <EmptyState title={`No version of ${dataset} is recorded.`}>Nothing can have read it.</EmptyState>
      ) : (
        <QueryState
          query={impact}
          what={`trace what ${dataset} reaches`}
          skeleton={<SkeletonLines lines={2} height={28} label="Tracing the impact" />}
          empty={(found) =>
            found.consumers.length === 0 ? (
              <EmptyState title="No model read this version.">Nothing downstream is affected yet.</EmptyState>
            ) : undefined
          }
        >
          {(found) =>
            'consumers' in found ? (
              <ul className="list-plain" aria-label="Impacted model versions">
                {found.consumers.map((c) => (
                  <li
                    key={`${c.model}-${c.modelVersion}-${c.use}-${c.dataset.dataset}`}
                    className="row"
                    style={{ gap: 8 }}
                  >
                    <Link to={withRange(modelPath(c.model), params)}>
                      {c.model} v{c.modelVersion}
                    </Link>
                    <span className="muted">
                      {USE[c.use] ?? c.use}
                      {c.dataset.dataset !== dataset ? ` (via ${c.dataset.dataset})` : ''}
                      {c.deployment ? ` · ${c.deployment}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null
          }
        </QueryState>
      )}
    </section>
  );
}
