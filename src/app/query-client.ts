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
        // What no screen shows is dropped after two minutes (TanStack's default is five): a long
        // session visiting many models keeps a bounded cache, and data older than staleTime is
        // refetched on return anyway.
        gcTime: 120_000,
      },
    },
  });
}
