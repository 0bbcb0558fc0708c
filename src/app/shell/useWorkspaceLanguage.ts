import { useEffect } from 'react';
import { applyUiLang } from '../i18n/i18n';
import { queryKeys } from '../queries/keys';
import { useApiQuery } from '../queries/useApiQuery';

/** Loads the workspace and follows its UI language (French until it answers). */
export function useWorkspaceLanguage() {
  const workspace = useApiQuery(queryKeys.workspace, 'workspace:get', {});
  const uiLang = workspace.data?.uiLang;
  useEffect(() => {
    if (uiLang) void applyUiLang(uiLang);
  }, [uiLang]);
  return workspace;
}
