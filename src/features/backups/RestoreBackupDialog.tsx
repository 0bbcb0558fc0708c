import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../app/api/ApiError';
import { call } from '../../app/api/client';
import { formatDateTime, formatNumber, formatRelativeTime, localeOf } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { queryKeys } from '../../app/queries/keys';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useNavigate } from '../../app/routing/useRoute';
import { useErrorText } from '../../app/useErrorText';
import type { EngagementHandle } from '../../shared/model/engagement';
import { Banner, Button, Dialog, Loading, useToast } from '../../ui';
import './backupsMessages';
import './RestoreBackupDialog.css';

const formatShortDateTime = (epochMs: number, lang: 'fr' | 'en') =>
  new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);

/** « Restaurer une sauvegarde »: engagements with backups, then their copies; restoring opens a new file. */
export function RestoreBackupDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('backups');
  const { t: tApp } = useTranslation('app');
  const { lang } = useUiLanguage();
  const errorText = useErrorText();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [uid, setUid] = useState<string | null>(null);
  const engagements = useApiQuery(['backup:engagements'], 'backup:engagements', {}, { enabled: open, staleTime: 0 });
  const selected = uid ?? engagements.data?.[0]?.uid ?? null;
  const copies = useApiQuery(['backup:list', selected], 'backup:list', { uid: selected ?? '' }, { enabled: open && Boolean(selected), staleTime: 0 });
  const restore = useMutation<EngagementHandle, ApiError, { uid: string; fileName: string }>({
    mutationFn: (input) => call('backup:restore', input),
    onSuccess: (handle) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
      toast({ tone: 'success', message: t('restored', { path: handle.path }) });
      onClose();
      navigate({ name: 'engagement', engagementId: handle.engagementId, section: 'overview' });
    },
  });

  return (
    <Dialog open={open} onClose={onClose} wide title={t('title')} description={t('description')} footer={<Button onClick={onClose}>{tApp('common.cancel')}</Button>}>
      {restore.error ? <Banner tone="danger">{errorText(restore.error)}</Banner> : null}
      {engagements.isPending ? (
        <Loading label={tApp('common.loading')} />
      ) : !engagements.data?.length ? (
        <p className="backups__empty">{t('none')}</p>
      ) : (
        <div className="backups">
          <ul className="backups__engagements" aria-label={t('engagements')}>
            {engagements.data.map((engagement) => (
              <li key={engagement.uid}>
                <button type="button" className="backups__engagement" aria-pressed={engagement.uid === selected} onClick={() => setUid(engagement.uid)}>
                  <strong>{engagement.clientName || t('unnamed')}</strong>
                  <span>{t('copies', { count: engagement.count, when: formatRelativeTime(engagement.latestAt, lang) })}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="backups__copies">
            {copies.isPending ? (
              <Loading label={tApp('common.loading')} />
            ) : (
              <table className="backups__table">
                <thead>
                  <tr>
                    <th scope="col">{t('columns.date')}</th>
                    <th scope="col">{t('columns.reason')}</th>
                    <th scope="col">{t('columns.content')}</th>
                    <th scope="col">{t('columns.size')}</th>
                    <th scope="col"><span className="visually-hidden">{t('restore')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {(copies.data ?? []).map((copy) => (
                    <tr key={copy.fileName}>
                      <td className="backups__date">{formatShortDateTime(copy.createdAt, lang)}</td>
                      <td>{t(`reason.${copy.reason}`, { defaultValue: copy.reason })}</td>
                      <td className="backups__content">{copy.readable ? t('content', copy.counts) : t('unreadable')}</td>
                      <td className="backups__nowrap">{formatNumber(Math.max(1, Math.round(copy.sizeBytes / 1024)), lang)}{'\u202f'}{lang === 'fr' ? 'Ko' : 'KB'}</td>
                      <td>
                        <Button
                          size="sm"
                          disabled={!copy.readable || restore.isPending}
                          aria-label={t('restoreLabel', { date: formatDateTime(copy.createdAt, lang) })}
                          onClick={() => selected && restore.mutate({ uid: selected, fileName: copy.fileName })}
                        >
                          {t('restore')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}
