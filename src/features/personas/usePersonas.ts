import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../app/queries/useApiQuery';
import type { Persona } from '../../shared/model/personas';

export const personasKey = (engagementId: string) => ['persona:list', engagementId] as const;

export function usePersonas(engagementId: string) {
  const queryClient = useQueryClient();
  const key = personasKey(engagementId);
  return {
    list: useApiQuery(key, 'persona:list', { engagementId }),
    setOne: (persona: Persona) => queryClient.setQueryData<Persona[]>(key, (old) => (old ?? []).map((p) => (p.id === persona.id ? persona : p))),
    refresh: () => void queryClient.invalidateQueries({ queryKey: key }),
  };
}
