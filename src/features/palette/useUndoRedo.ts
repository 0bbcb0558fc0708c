import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api/client';
import { saveStore } from '../../app/save/saveStore';
import { useToast } from '../../ui';
import './paletteMessages';

/** An autosave still waiting would land after the undo and redo the edit: let it finish first (bounded). */
function savesSettled(timeoutMs = 3000): Promise<void> {
  if (saveStore.getState().pending === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = saveStore.subscribe(() => saveStore.getState().pending === 0 && done());
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

/**
 * Undo and redo for the open engagement. The core keeps the history and reverts
 * the rows (see electron/core/store/undoLog.ts); here every screen's data is read
 * again and a toast says what was reverted.
 */
export function useUndoRedo(engagementId: string | null): { undo: () => void; redo: () => void } {
  const queryClient = useQueryClient();
  const toast = useToast();
  const { t, i18n } = useTranslation('palette');
  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      if (!engagementId) return;
      await savesSettled();
      try {
        const result = await call(which === 'undo' ? 'undo:undo' : 'undo:redo', { engagementId });
        if (!result.reverted) {
          toast({ tone: 'info', message: t(which === 'undo' ? 'undo.nothing' : 'undo.nothingRedo') });
          return;
        }
        await queryClient.invalidateQueries();
        const domain = result.reverted.split(':')[0]!;
        const what = i18n.exists(`palette:undo.what.${domain}`) ? t(`undo.what.${domain}`) : t('undo.what.other');
        toast({ tone: 'success', message: t(which === 'undo' ? 'undo.done' : 'undo.redone', { what }) });
      } catch (error) {
        toast({ tone: 'danger', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [engagementId, queryClient, toast, t, i18n],
  );
  return { undo: useCallback(() => void run('undo'), [run]), redo: useCallback(() => void run('redo'), [run]) };
}
