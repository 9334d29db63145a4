import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../ui/error-state';
import { describeError } from './describe-error';

export interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** "load the fleet": completes "Could not …". */
  what: string;
  skeleton: ReactNode;
  /** Rendered instead of children when the data is empty. */
  empty?: (data: T) => ReactNode | undefined;
  children: (data: T) => ReactNode;
}

/** Loading, error with retry, empty, or the data: the same four states everywhere. */
export function QueryState<T>({ query, what, skeleton, empty, children }: QueryStateProps<T>): ReactNode {
  if (query.isPending) return skeleton;
  if (query.isError) return <QueryError query={query} what={what} />;
  return empty?.(query.data) ?? children(query.data);
}

/** A failed query in words ("Could not load the fleet."), what to try, and Retry. */
export function QueryError({ query, what }: { query: UseQueryResult; what: string }): ReactNode {
  const { detail, hint } = describeError(query.error);
  return (
    <ErrorState
      title={`Could not ${what}.`}
      detail={detail}
      hint={hint}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}
