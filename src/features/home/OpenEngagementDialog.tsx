import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRelativeTime } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { queryKeys } from '../../app/queries/keys';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useErrorText } from '../../app/useErrorText';
import { Banner, Button, Dialog, FileIcon, Loading, TextField } from '../../ui';
import './OpenEngagementDialog.css';

export interface OpenEngagementDialogProps {
  open: boolean;
  onClose: () => void;
  onOpenPath: (path: string) => void;
  folder: string;
  /** Why the dialog opened instead of what the user tried (e.g. a drop in the browser). */
  notice: string | null;
  error: unknown;
  busy: boolean;
}

/** The browser mode's « Ouvrir… »: the default folder's files, plus a path field. */
export function OpenEngagementDialog({
  open,
  onClose,
  onOpenPath,
  folder,
  notice,
  error,
  busy,
}: OpenEngagementDialogProps) {
  const { t } = useTranslation('home');
  const { t: tApp } = useTranslation('app');
  const { lang } = useUiLanguage();
  const errorText = useErrorText();
  const [path, setPath] = useState('');
  const files = useApiQuery(queryKeys.workspaceFiles, 'workspace:listFiles', {}, { enabled: open, staleTime: 0 });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={t('openDialog.title')}
      description={t('openDialog.description', { folder })}
      footer={<Button onClick={onClose}>{tApp('common.cancel')}</Button>}
    >
      <div className="open-dialog__notice">
        <Banner tone={notice ? 'warning' : 'info'}>{notice ?? t('openDialog.browserNote')}</Banner>
      </div>
      {error ? (
        <div className="open-dialog__notice">
          <Banner tone="danger">{errorText(error)}</Banner>
        </div>
      ) : null}
      {files.isPending ? (
        <Loading label={tApp('common.loading')} />
      ) : files.isError ? (
        <div className="open-dialog__notice">
          <Banner tone="danger">{errorText(files.error)}</Banner>
        </div>
      ) : files.data.length === 0 ? (
        <p className="open-dialog__empty">{t('openDialog.empty')}</p>
      ) : (
        <ul className="open-dialog__files" aria-label={t('openDialog.listCaption')}>
          {files.data.map((file) => (
            <li key={file.path} className="open-dialog__file">
              <button type="button" disabled={busy} onClick={() => onOpenPath(file.path)} title={file.path}>
                <FileIcon className="open-dialog__file-icon" />
                <span className="open-dialog__file-name">{file.fileName}</span>
                <span className="open-dialog__file-meta">
                  {t('openDialog.modified', { when: formatRelativeTime(file.modifiedAt, lang) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="open-dialog__path"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim()) onOpenPath(path.trim());
        }}
      >
        <TextField
          label={t('openDialog.pathLabel')}
          hint={t('openDialog.pathHint')}
          placeholder={t('openDialog.pathPlaceholder')}
          value={path}
          onChange={setPath}
          spellCheck={false}
          autoComplete="off"
        />
        <Button type="submit" disabled={!path.trim() || busy}>
          {t('openDialog.openPath')}
        </Button>
      </form>
    </Dialog>
  );
}
