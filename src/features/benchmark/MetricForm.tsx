import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { Competitor } from '../../shared/model/benchmark';
import { localIsoDate } from '../../shared/smartCheck';
import { Button, DateField, NumberField, Select, TextField } from '../../ui';

const PRESETS = ['visits', 'bounce', 'duration', 'trafficShare', 'followers', 'engagement'] as const;
const PLACES = ['facebook', 'instagram', 'linkedin', 'tiktok', 'youtube', 'pinterest', 'direct', 'organic', 'paid', 'social', 'referral', 'email'] as const;

/**
 * An audience figure typed by hand (what a competitor's page or a market tool showed), with the
 * date it was read: competitor, date and source stay for the next figure, which is the usual run.
 */
export function MetricForm({ engagementId, competitors, onAdded }: { engagementId: string; competitors: Competitor[]; onAdded: () => void }) {
  const { t } = useTranslation('benchmark');
  const ids = { metrics: useId(), places: useId(), units: useId() };
  const form = useRef<HTMLFormElement>(null);
  const [competitorId, setCompetitorId] = useState(competitors[0] ? String(competitors[0].id) : '');
  const [metric, setMetric] = useState('');
  const [network, setNetwork] = useState('');
  const [value, setValue] = useState<number | null>(null);
  const [unit, setUnit] = useState('');
  const [observedOn, setObservedOn] = useState(() => localIsoDate(Date.now()));
  const [source, setSource] = useState('');
  const [tried, setTried] = useState(false);
  const add = useSaveMutation('benchmark:addMetric', {
    onSuccess: () => {
      setMetric('');
      setNetwork('');
      setValue(null);
      setUnit('');
      setTried(false);
      onAdded();
      form.current?.querySelector<HTMLInputElement>(`input[list="${ids.metrics}"]`)?.focus();
    },
  });
  const chosen = competitors.some((c) => String(c.id) === competitorId) ? competitorId : competitors[0] ? String(competitors[0].id) : '';
  const missing = { competitor: !chosen, metric: !metric.trim(), value: value === null };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing.competitor || missing.metric || missing.value) return;
    add.mutate({ engagementId, competitorId: Number(chosen), metric: { metric: metric.trim(), network: network.trim(), value: value!, unit: unit.trim(), observedOn: observedOn || null, source: source.trim() } });
  };
  // Picking a known indicator fills its usual unit.
  const pickMetric = (text: string) => {
    setMetric(text);
    const preset = PRESETS.find((p) => t(`manual.presets.${p}`) === text);
    if (preset && !unit) setUnit(t(`manual.units.${preset}`));
  };
  return (
    <form ref={form} className="metric-form" aria-label={t('manual.title')} onSubmit={submit} noValidate>
      <h3 className="metric-form__title">{t('manual.title')}</h3>
      <div className="metric-form__fields">
        <Select label={t('metrics.competitor')} value={chosen} options={competitors.map((c) => ({ value: String(c.id), label: c.name }))} onChange={setCompetitorId} />
        <TextField label={t('metrics.metric')} list={ids.metrics} value={metric} onChange={pickMetric} error={tried && missing.metric ? t('manual.needMetric') : undefined} />
        <TextField label={t('manual.network')} list={ids.places} value={network} onChange={setNetwork} />
        <NumberField label={t('metrics.value')} value={value} onChange={setValue} error={tried && missing.value ? t('manual.needValue') : undefined} />
        <TextField label={t('manual.unit')} list={ids.units} value={unit} onChange={setUnit} />
        <DateField label={t('metrics.observedOn')} value={observedOn} onChange={setObservedOn} />
        <TextField label={t('metrics.source')} value={source} onChange={setSource} placeholder={t('manual.sourceHint')} className="metric-form__source" />
      </div>
      <datalist id={ids.metrics}>{PRESETS.map((p) => <option key={p} value={t(`manual.presets.${p}`)} />)}</datalist>
      <datalist id={ids.places}>{PLACES.map((p) => <option key={p} value={t(`manual.places.${p}`)} />)}</datalist>
      <datalist id={ids.units}>{PRESETS.map((p) => <option key={p} value={t(`manual.units.${p}`)} />)}</datalist>
      <div className="metric-form__actions">
        <Button type="submit" variant="primary" disabled={add.isPending || competitors.length === 0}>{t('manual.add')}</Button>
      </div>
    </form>
  );
}
