import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { Incident, IncidentStatus } from '../../../domain/incident';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';

export function useSetIncidentStatus(
  incidentId: string,
  author: string,
): UseMutationResult<Incident, Error, IncidentStatus> {
  const { capability, source } = useRequiredCapability('operations');
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status) =>
      capability.setIncidentStatus(incidentId, status, author, AbortSignal.timeout(20_000)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: operationsKeys.all(source.cacheKey) }),
  });
}
