import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { useErrorText } from '../../app/useErrorText';
import type { ExportHistoryEntry } from '../../shared/model/deliverables';
import { Banner, Button, Card, EmptyState, FileIcon, Loading, Table, Tag, useToast, type Column } from '../../ui';
import { ChangesSinceSentDialog } from './ChangesSinceSentDialog';
import { useExportHistory } from './useExportHistory';

/** Every export of the engagement: version, date, file, fingerprint, and whether it went to the client. */
export function ExportHistoryCard({ engagementId, readOnly }: { engagementId: string; readOnly: boolean }) {
  const { t } = useTranslation('deliverables');
  const { lang } = useUiLanguage();
  const errorText = useErrorText();
  const toast = useToast();
  const { history, markSent } = useExportHistory(engagementId);
  const [comparing, setComparing] = useState<ExportHistoryEntry | null>(null);
  const title = (entry: ExportHistoryEntry) => t(`kinds.${entry.deliverable}.title`);

  const columns: Column<ExportHistoryEntry>[] = [
    { key: 'deliverable', header: t('history.columns.deliverable'), render: (entry) => <span className="history__title">{title(entry)}</span> },
    {
      key: 'version',
      header: t('history.columns.version'),
      render: (entry) => (
        <span className="history__nowrap">
          v{entry.version} <span className="history__lang">{entry.lang.toUpperCase()}</span>
        </span>
      ),
    },
    { key: 'date', header: t('history.columns.date'), render: (entry) => <span className="history__nowrap">{formatDateTime(entry.createdAt, lang)}</span> },
    { key: 'file', header: t('history.columns.file'), render: (entry) => <span className="history__file">{entry.fileName}</span> },
    {
      key: 'hash',
      header: t('history.columns.hash'),
      render: (entry) => (
        <code className="history__hash" title={t('history.hashLabel', { hash: entry.contentHash })}>
          {entry.contentHash.slice(0, 8)}
        </code>
      ),
    },
    {
      key: 'sent',
      header: t('history.columns.sent'),
      align: 'actions',
      render: (entry) =>
        entry.sentAt ? (
          <div className="history__sent">
            <Tag tone="success">{t('history.sentOn', { date: formatDateTime(entry.sentAt, lang) })}</Tag>
            <Button size="sm" variant="ghost" aria-label={t('history.changesLabel', { title: title(entry), version: entry.version })} onClick={() => setComparing(entry)}>
              {t('history.changes')}
            </Button>
          </div>
        ) : readOnly ? (
          <Tag>{t('history.notSent')}</Tag>
        ) : (
          <Button
            size="sm"
            disabled={markSent.isPending}
            aria-label={t('history.markSentLabel', { title: title(entry), version: entry.version })}
            onClick={() =>
              markSent.mutate(
                { engagementId, exportId: entry.id },
                { onSuccess: () => toast({ tone: 'success', message: t('history.marked', { title: title(entry), version: entry.version }) }) },
              )
            }
          >
            {t('history.markSent')}
          </Button>
        ),
    },
  ];

  return (
    <Card title={t('history.title')} description={t('history.description')} className="history">
      {markSent.error && <Banner tone="danger">{errorText(markSent.error)}</Banner>}
      {history.error ? (
        <Banner tone="danger">{errorText(history.error)}</Banner>
      ) : !history.data ? (
        <Loading label="…" />
      ) : history.data.length === 0 ? (
        <EmptyState icon={<FileIcon size={22} />} title={t('history.emptyTitle')} headingLevel={3}>
          {t('history.emptyText')}
        </EmptyState>
      ) : (
        <Table caption={t('history.caption')} columns={columns} rows={history.data} rowKey={(entry) => entry.id} />
      )}
      <ChangesSinceSentDialog engagementId={engagementId} entry={comparing} onClose={() => setComparing(null)} />
    </Card>
  );
}
