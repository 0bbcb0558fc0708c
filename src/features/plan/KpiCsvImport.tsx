import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api/client';
import type { CsvMapping, CsvPreview } from '../../shared/model/steering';
import { Banner, Button, Card, Select } from '../../ui';
import { decodeTextFile } from '../../shared/decodeTextFile';
import { usePlanMutation } from './usePlan';

/** CSV import: read the file, check the guessed columns, see each row's errors; the import writes all rows or none. */
export function KpiCsvImport({ engagementId, objectiveId }: { engagementId: string; objectiveId: number | null }) {
  const { t } = useTranslation('plan');
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const importCsv = usePlanMutation(engagementId, 'measurement:importCsv');
  const load = async (content: string, mapping: CsvMapping | null) => {
    setText(content);
    setDone(null);
    setPreview(await call('measurement:previewCsv', { engagementId, text: content, mapping, objectiveId: mapping ? mapping.objectiveId : objectiveId }));
  };
  const remap = (patch: Partial<CsvMapping>) => preview && void load(text, { ...preview.mapping, ...patch });
  const columnOptions = (preview?.columns ?? []).map((c, i) => ({ value: String(i), label: c || `#${i + 1}` }));
  return (
    <Card title={t('steering.importTitle')}>
      {/* The browser's own file button speaks the OS language, not the app's: ours, over a hidden input. */}
      <div className="ui-field plan-file">
        <span className="ui-field__label">{t('steering.file')}</span>
        <div className="plan-file__row">
          <Button size="sm" onClick={() => input.current?.click()}>{t('steering.chooseFile')}</Button>
          <span className="plan-file__name">{fileName ?? t('steering.noFile')}</span>
          <input
            ref={input}
            type="file"
            accept=".csv,text/csv"
            className="visually-hidden"
            aria-label={t('steering.file')}
            tabIndex={-1}
            data-testid="kpi-csv"
            onChange={async (e) => { const f = e.target.files?.[0]; if (f) { setFileName(f.name); await load(decodeTextFile(new Uint8Array(await f.arrayBuffer())).text, null); } e.target.value = ''; }}
          />
        </div>
      </div>
      {preview && (
        <>
          <div className="plan-new plan-new--inline" aria-label={t('steering.mapping')}>
            <Select label={t('steering.colDate')} value={String(preview.mapping.dateColumn)} onChange={(v) => remap({ dateColumn: Number(v) })} options={columnOptions} />
            <Select label={t('steering.colValue')} value={String(preview.mapping.valueColumn)} onChange={(v) => remap({ valueColumn: Number(v) })} options={columnOptions} />
            <Select label={t('steering.colSource')} value={preview.mapping.sourceColumn === null ? '' : String(preview.mapping.sourceColumn)} onChange={(v) => remap({ sourceColumn: v === '' ? null : Number(v) })} options={[{ value: '', label: t('steering.colNone') }, ...columnOptions]} />
          </div>
          {preview.errorCount > 0 && <Banner tone="danger">{t('steering.errorsSummary', { count: preview.errorCount })}</Banner>}
          <table className="ui-table plan-csv" data-testid="csv-preview">
            <caption className="visually-hidden">{t('steering.preview')}</caption>
            <thead><tr><th scope="col">{t('steering.line')}</th>{preview.columns.map((c, i) => <th key={i} scope="col">{c}</th>)}<th scope="col" /></tr></thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.line} className={r.errors.length ? 'plan-csv__bad' : undefined}>
                  <td>{r.line}</td>
                  {preview.columns.map((_, i) => <td key={i}>{r.cells[i] ?? ''}</td>)}
                  <td>{r.errors.length ? r.errors.map((e) => t(`steering.rowErrors.${e}`)).join(', ') : t('steering.rowOk')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button
            variant="primary"
            disabled={preview.errorCount > 0 || preview.rows.length === 0 || importCsv.isPending}
            onClick={() => importCsv.mutate({ engagementId, text, mapping: preview.mapping }, { onSuccess: (r) => { setDone(r.imported); setPreview(null); } })}
          >
            {t('steering.import', { count: preview.rows.length })}
          </Button>
        </>
      )}
      {done !== null && <p className="plan-ok" role="status">{t('steering.imported', { count: done })}</p>}
    </Card>
  );
}
