import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../app/queries/useApiQuery';

/** Benchmark reads share one prefix, so any write refreshes grid, chart and ranking together. */
export function useBenchmark(engagementId: string) {
  const queryClient = useQueryClient();
  const e = { engagementId };
  return {
    grid: useApiQuery(['benchmark', 'grid', engagementId], 'benchmark:grid', e),
    summary: useApiQuery(['benchmark', 'summary', engagementId], 'benchmark:summary', e),
    ranking: useApiQuery(['benchmark', 'ranking', engagementId], 'benchmark:ranking', e),
    refresh: () => void queryClient.invalidateQueries({ queryKey: ['benchmark'] }),
  };
}
