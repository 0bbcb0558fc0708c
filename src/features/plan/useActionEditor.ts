import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { MethodInput } from '../../shared/contract';
import type { ActionDetail } from '../../shared/model/plan';
import { planKey, usePlanMutation, usePlanQuery } from './usePlan';

export type ActionPatch = MethodInput<'action:update'>['patch'];

/**
 * One action for its editor, and a `patch` that saves (through the save indicator)
 * and refreshes every plan view. The editor shows the change at once (a ticked box
 * stays ticked while the call runs); a refusal puts the saved value back.
 */
export function useActionEditor(engagementId: string, id: number) {
  const client = useQueryClient();
  const detail = usePlanQuery(engagementId, 'action:get', { engagementId, id }, [id]);
  const update = usePlanMutation(engagementId, 'action:update');
  const { mutateAsync } = update;
  const patch = useCallback(
    async (value: ActionPatch) => {
      const key = planKey(engagementId, 'action:get', id);
      const before = client.getQueryData<ActionDetail>(key);
      if (before) client.setQueryData<ActionDetail>(key, { ...before, ...value });
      try {
        return await mutateAsync({ engagementId, id, patch: value });
      } catch (error) {
        if (before) client.setQueryData<ActionDetail>(key, before);
        throw error;
      }
    },
    [client, mutateAsync, engagementId, id],
  );
  return { detail, patch };
}

/**
 * A checkbox's value held locally so the box changes on the click itself (the query
 * cache tells React a tick later, and React would first put the box back); it
 * follows the server whenever the saved value changes.
 */
export function useLocalValue<T>(saved: T): [T, (value: T) => void] {
  const [value, setValue] = useState(saved);
  const [seen, setSeen] = useState(saved);
  if (!Object.is(saved, seen)) {
    setSeen(saved);
    setValue(saved);
  }
  return [value, setValue];
}
