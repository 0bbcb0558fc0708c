import { useTranslation } from 'react-i18next';
import { AutosaveDateField, AutosaveTextField } from '../../app/save/autosaveFields';
import type { AuditChannel, ChannelMetric } from '../../shared/model/audit';
import { IconButton } from '../../ui';
import { EnterInput } from './EnterInput';
import { useChannelWrite } from './useAudit';

/** Quick KPI figures of the channel (audience, engagement rate, traffic…) and when they were read. */
export function MetricsTable({ engagementId, channel, readOnly }: { engagementId: string; channel: AuditChannel; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const add = useChannelWrite('audit:addMetric', engagementId);
  return (
    <section className="metrics" aria-label={t('metrics.title')}>
      <h3 className="audit-h3">{t('metrics.title')}</h3>
      {channel.metrics.map((metric, index) => (
        <MetricRow key={metric.id} engagementId={engagementId} metric={metric} readOnly={readOnly} compact={index > 0} />
      ))}
      {!readOnly && <EnterInput label={t('metrics.add')} onEnter={(label) => add.mutate({ engagementId, channelId: channel.id, metric: { label } })} />}
    </section>
  );
}

/** The value is typed as text so « 12 450 » or « 4,5 » (French) are understood. */
function parseLocalNumber(text: string): number | null | undefined {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!clean) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : undefined;
}

/** Rows after the first keep their labels for screen readers only: the first row's labels head the columns. */
function MetricRow({ engagementId, metric, readOnly, compact }: { engagementId: string; metric: ChannelMetric; readOnly: boolean; compact: boolean }) {
  const { t, i18n } = useTranslation('audit');
  const update = useChannelWrite('audit:updateMetric', engagementId);
  const remove = useChannelWrite('audit:deleteMetric', engagementId);
  const save = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => update.mutateAsync({ engagementId, id: metric.id, patch });
  const shown = metric.value === null ? '' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(metric.value);
  return (
    <div className={`metric-row${compact ? ' metric-row--compact' : ''}`}>
      <AutosaveTextField label={t('metrics.label')} value={metric.label} onSave={(label) => save({ label })} disabled={readOnly} validate={(v) => (v.trim() ? null : '—')} />
      <AutosaveTextField
        label={t('metrics.value')}
        inputMode="decimal"
        value={shown}
        disabled={readOnly}
        validate={(v) => (parseLocalNumber(v) === undefined ? '123,4' : null)}
        onSave={(v) => save({ value: parseLocalNumber(v) ?? null })}
      />
      <AutosaveTextField label={t('metrics.unit')} value={metric.unit} onSave={(unit) => save({ unit })} disabled={readOnly} />
      <AutosaveDateField label={t('metrics.readOn')} value={metric.readOn ?? ''} onSave={(v) => save({ readOn: v || null })} disabled={readOnly} />
      {!readOnly && <IconButton label={t('metrics.delete')} icon="×" onClick={() => remove.mutate({ engagementId, id: metric.id })} />}
    </div>
  );
}
