import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { RetrainingRequest } from '../../../domain/retraining';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';
import type { Operations } from '../../../sources/operations-capability';

export const retrainingRequestsOptions = (operations: Operations, sourceKey: string, model: string) =>
  queryOptions({
    queryKey: operationsKeys.retraining(sourceKey, model),
    queryFn: ({ signal }) => operations.listRetrainingRequests(model, signal),
  });

/** The model's retraining requests, newest first: its timeline of "someone asked to retrain". */
export function useRetrainingRequests(model: string): UseQueryResult<RetrainingRequest[]> {
  const { capability, source } = useRequiredCapability('operations');
  return useQuery(retrainingRequestsOptions(capability, source.cacheKey, model));
}

export interface NewRetraining {
  reason: string;
  requestedBy: string;
}

/** Asks the platform to retrain; the list refreshes with the backend's answer. */
export function useRequestRetraining(
  model: string,
): UseMutationResult<RetrainingRequest, unknown, NewRetraining> {
  const { capability, source } = useRequiredCapability('operations');
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: NewRetraining) =>
      capability.requestRetraining(model, request, new AbortController().signal),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: operationsKeys.retraining(source.cacheKey, model) }),
  });
}
