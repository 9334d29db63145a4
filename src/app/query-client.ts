import { QueryClient } from '@tanstack/react-query';
import { isSourceError } from '../sources/source-error';

/** Retry what can recover (network, timeouts, 5xx) twice; never a 4xx or a malformed payload. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && (!isSourceError(error) || error.retryable),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}
