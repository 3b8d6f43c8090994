// Query defaults in one place. Data files are static: fetched once per visit. Only faults that
// may pass (network, server errors) are retried; a missing or malformed file is reported at once.
import { QueryClient } from '@tanstack/react-query';

function mayPass(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'retryable' in error && error.retryable === true;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: (failureCount, error) => failureCount < 1 && mayPass(error),
        retryDelay: 400,
        refetchOnWindowFocus: false,
      },
    },
  });
}
