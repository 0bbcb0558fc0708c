import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../shared/lang';
import type { WorkspaceState } from '../../shared/model/workspace';
import { call } from '../api/client';
import { queryKeys } from '../queries/keys';
import { applyUiLang } from './i18n';

/** The UI language, and a switch that applies at once and is remembered by the workspace. */
export function useUiLanguage(): { lang: Lang; setLang: (lang: Lang) => void } {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'fr';
  const setLang = useCallback(
    (next: Lang) => {
      void applyUiLang(next);
      call('workspace:setLanguage', { lang: next }).then(
        (workspace) => queryClient.setQueryData<WorkspaceState>(queryKeys.workspace, workspace),
        // The switch still applies for this session; the preference is simply not remembered.
        () => undefined,
      );
    },
    [queryClient],
  );
  return { lang, setLang };
}
