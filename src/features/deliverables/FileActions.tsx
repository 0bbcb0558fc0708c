import { useTranslation } from 'react-i18next';
import { call } from '../../app/api/client';
import { queryKeys } from '../../app/queries/keys';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useErrorText } from '../../app/useErrorText';
import { Button, useToast } from '../../ui';
import { CopyPathButton } from './CopyPathButton';

/** What to do with a written file: open it or show it (desktop), always copy its path. */
export function FileActions({ path, fileName }: { path: string; fileName: string }) {
  const { t } = useTranslation('deliverables');
  const toast = useToast();
  const errorText = useErrorText();
  const appInfo = useApiQuery(queryKeys.appInfo, 'app:info', {}, { staleTime: Infinity });
  const desktop = appInfo.data?.platform === 'electron';
  const run = (method: 'shell:openPath' | 'shell:showItemInFolder') =>
    call(method, { path }).catch((error: unknown) => toast({ tone: 'danger', message: errorText(error) }));
  return (
    <span className="export-file__actions">
      {desktop && (
        <>
          <Button size="sm" onClick={() => void run('shell:openPath')} aria-label={t('result.openLabel', { file: fileName })}>
            {t('result.open')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => void run('shell:showItemInFolder')} aria-label={t('result.showInFolderLabel', { file: fileName })}>
            {t('result.showInFolder')}
          </Button>
        </>
      )}
      <CopyPathButton path={path} fileName={fileName} />
    </span>
  );
}
