import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryError } from './query-state';
import { isSourceError } from '../sources/source-error';
import { EmptyState } from '../ui/empty-state';
import { Skeleton, SkeletonLines } from '../ui/skeleton';

/** Shaped like the drift view: the answer, the context line, a table, a chart. */
export function DriftSkeleton({ label }: { label: string }): ReactNode {
  return (
    <div className="stack" role="status" aria-label={label}>
      <Skeleton height={26} width="70%" />
      <Skeleton height={18} width="45%" />
      <SkeletonLines lines={5} height={32} label={`${label}: features`} />
      <Skeleton height={220} />
    </div>
  );
}

/**
 * A failed query in words, with Retry; a 404 is not a failure but a model without live data,
 * which gets an empty state that says so in the backend's words.
 */
export function QueryFailure({
  query,
  what,
  model,
}: {
  query: UseQueryResult;
  what: string;
  model: string;
}): ReactNode {
  const { error } = query;
  if (isSourceError(error) && error.kind === 'http' && error.status === 404) {
    return (
      <EmptyState title={`No monitoring data for ${model}.`}>
        {error.message} Drift is shown for models that serve live traffic.
      </EmptyState>
    );
  }
  return <QueryError query={query} what={what} />;
}
