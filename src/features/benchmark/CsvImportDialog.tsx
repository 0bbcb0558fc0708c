import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api/client';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { CsvImportResult, CsvMapping } from '../../shared/model/benchmark';
import { Button, Dialog, Select, useToast } from '../../ui';
import { decodeTextFile } from '../../shared/decodeTextFile';

/** CSV from Semrush, Similarweb or another tool: choose the file, check the column mapping and the preview, import only when no row is in error. */
export function CsvImportDialog({ engagementId, onClose, onImported }: { engagementId: string; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation('benchmark');
  const toast = useToast();
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<CsvImportResult | null>(null);
  const commit = useSaveMutation('benchmark:importMetrics', {
    onSuccess: (done) => {
      setResult(done);
      if (done.written > 0) {
        toast({ tone: 'success', message: t('csv.done', { count: done.written }) });
        onImported();
        onClose();
      }
    },
  });
  const preview = async (text: string, mapping: CsvMapping | null) => setResult(await call('benchmark:importMetrics', { engagementId, csv: text, mapping, commit: false }));
  const remap = (patch: Partial<CsvMapping>) => result && void preview(csv, { ...result.mapping, ...patch });
  const columns = (result?.headers ?? []).map((h) => ({ value: h, label: h }));
  const ready = result !== null && result.errors.length === 0 && result.rows.length > 0;
  return (
    <Dialog
      open
      wide
      title={t('csv.title')}
      onClose={onClose}
      footer={<Button variant="primary" disabled={!ready || commit.isPending} onClick={() => result && commit.mutate({ engagementId, csv, mapping: result.mapping, commit: true })}>{t('csv.import')}</Button>}
    >
      <label className="csv-file">
        {t('csv.file')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            // Excel's French CSV is Windows-1252, not UTF-8: decoded either way (src/shared/decodeTextFile.ts).
            const text = file ? decodeTextFile(new Uint8Array(await file.arrayBuffer())).text : '';
            setCsv(text);
            await preview(text, null);
          }}
        />
      </label>
      {result && (
        <div className="csv-mapping">
          <Select label={t('csv.competitorColumn')} value={result.mapping.competitorColumn} options={columns} onChange={(competitorColumn) => remap({ competitorColumn, metrics: result.mapping.metrics.filter((m) => m.column !== competitorColumn) })} />
          <Select label={t('csv.dateColumn')} value={result.mapping.dateColumn ?? ''} options={[{ value: '', label: t('csv.noDate') }, ...columns]} onChange={(v) => remap({ dateColumn: v || null })} />
          <fieldset className="csv-columns">
            <legend>{t('csv.metrics')}</legend>
            {result.headers.filter((h) => h !== result.mapping.competitorColumn && h !== result.mapping.dateColumn).map((h) => {
              const on = result.mapping.metrics.some((m) => m.column === h);
              return (
                <label key={h}>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() => remap({ metrics: on ? result.mapping.metrics.filter((m) => m.column !== h) : [...result.mapping.metrics, { column: h, metric: h, unit: /%|taux|rate/i.test(h) ? '%' : '', network: '' }] })}
                  />{' '}
                  {h}
                </label>
              );
            })}
          </fieldset>
          <p role="status">{t('csv.preview', { count: result.rows.length })}</p>
          {result.errors.length > 0 && (
            <div role="alert" className="csv-errors">
              <p>{t('csv.errors')}</p>
              <ul>
                {result.errors.map((e) => (
                  <li key={`${e.line}:${e.column}:${e.code}`}>{t('csv.line', { line: e.line, column: e.column, message: t(`csv.error.${e.code}`), value: e.value })}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
