import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useErrorText } from '../../app/useErrorText';
import type { ExportHistoryEntry } from '../../shared/model/deliverables';
import { Banner, Button, Dialog, Loading } from '../../ui';

/** « Ce qui a changé depuis » the version sent: the core's plain sentences, nothing re-derived here. */
export function ChangesSinceSentDialog({
  engagementId,
  entry,
  onClose,
}: {
  engagementId: string;
  entry: ExportHistoryEntry | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('deliverables');
  const { lang } = useUiLanguage();
  const errorText = useErrorText();
  const changes = useApiQuery(
    ['deliverables:changesSinceSent', engagementId, entry?.deliverable, entry?.lang],
    'deliverables:changesSinceSent',
    { engagementId, deliverable: entry?.deliverable ?? 'strategy', ...(entry ? { lang: entry.lang } : {}) },
    { enabled: entry !== null, staleTime: 0 },
  );
  const sent = changes.data?.sent ?? null;
  const title = entry ? t(`kinds.${entry.deliverable}.title`) : '';

  return (
    <Dialog
      open={entry !== null}
      onClose={onClose}
      wide
      title={t('changes.title')}
      description={sent?.sentAt ? t('changes.description', { title, version: sent.version, date: formatDateTime(sent.sentAt, lang) }) : title}
      footer={<Button onClick={onClose}>{t('changes.close')}</Button>}
    >
      {changes.error ? (
        <Banner tone="danger">{errorText(changes.error)}</Banner>
      ) : !changes.data ? (
        <Loading label="…" />
      ) : !sent ? (
        <p className="changes__empty">{t('changes.notSent')}</p>
      ) : changes.data.sentences.length === 0 ? (
        <p className="changes__empty">{t('changes.none')}</p>
      ) : (
        <ul className="changes__list">
          {changes.data.sentences.map((sentence, index) => (
            <li key={index}>{sentence}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
