import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { AuditChannel } from '../../shared/model/audit';

export const auditKey = (engagementId: string) => ['audit:get', engagementId] as const;

/** The audit and its writes: a write answers with its channel, put back in the cached list. */
export function useAudit(engagementId: string) {
  const queryClient = useQueryClient();
  const key = auditKey(engagementId);
  const audit = useApiQuery(key, 'audit:get', { engagementId });
  const setChannel = (channel: AuditChannel) => {
    queryClient.setQueryData<AuditChannel[]>(key, (old) => (old ?? []).map((c) => (c.id === channel.id ? channel : c)));
    void queryClient.invalidateQueries({ queryKey: ['swot:list', engagementId] });
  };
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  return {
    audit,
    setChannel,
    refresh,
    setAll: (channels: AuditChannel[]) => queryClient.setQueryData(key, channels),
  };
}

/** A channel-returning write bound to the cache. */
export function useChannelWrite<M extends Parameters<typeof useSaveMutation>[0]>(method: M, engagementId: string) {
  const { setChannel } = useAudit(engagementId);
  return useSaveMutation(method, { onSuccess: (result) => setChannel(result as unknown as AuditChannel) });
}
