import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { ExportResult } from '../../shared/model/deliverables';
import { CheckIcon, FileIcon, Tag } from '../../ui';
import { FileActions } from './FileActions';
import { formatFileSize } from './formatFileSize';

/** What the export wrote: one line per file with its path, size and version, and copy-path. */
export function ExportResultList({ result }: { result: ExportResult }) {
  const { t } = useTranslation('deliverables');
  const { lang } = useUiLanguage();
  const seconds = formatNumber(Math.round(result.elapsedMs / 100) / 10, lang);
  return (
    <section className="export-result" aria-labelledby="export-result-title">
      <h3 id="export-result-title" className="export-result__title">
        <CheckIcon size={16} />
        {t('result.title', { count: result.files.length })}
        <span className="export-result__elapsed">{t('result.elapsed', { seconds })}</span>
      </h3>
      <ul className="export-result__files">
        {result.files.map((file) => (
          <li key={file.path} className="export-file">
            <FileIcon size={18} />
            <div className="export-file__main">
              <span className="export-file__name">{file.fileName}</span>
              <span className="export-file__meta">
                <Tag tone="accent">{t('result.version', { version: file.version })}</Tag>
                {file.sameAsPrevious && <Tag title={t('result.unchangedHint')}>{t('result.unchanged')}</Tag>}
                <span>
                  {formatFileSize(file.byteSize, lang)}
                  {file.pages ? ` · ${t('result.pages', { count: file.pages })}` : ''}
                </span>
              </span>
              <code className="export-file__path">{file.path}</code>
            </div>
            <FileActions path={file.path} fileName={file.fileName} />
          </li>
        ))}
      </ul>
      <p className="export-result__hint">{t('result.browserHint')}</p>
    </section>
  );
}
