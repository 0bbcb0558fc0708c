import { QueryClient } from '@tanstack/react-query';

/**
 * The data lives in a local file, not on a remote server: no refetch on focus,
 * no retries (an error is a real one and is shown at once).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
