import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { KpiDefinition } from '../../shared/model/objectives';
import { Button, Dialog, IconButton, Select, Tag, TextArea, TextField, TrashIcon } from '../../ui';
import './kpiCatalogueMessages';

type Direction = KpiDefinition['direction'];

/** « Catalogue des KPI »: the standard indicators with their definitions, plus the consultant's own. */
export function KpiCatalogueDialog({ engagementId, kpis }: { engagementId: string; kpis: KpiDefinition[] }) {
  const { t } = useTranslation('objectives');
  const { t: tApp } = useTranslation('app');
  const { lang } = useUiLanguage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [definition, setDefinition] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<Direction>('increase');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['kpi:list', engagementId] });
  const create = useSaveMutation('kpi:create', {
    onSuccess: () => {
      refresh();
      setLabel('');
      setDefinition('');
      setUnit('');
    },
  });
  const remove = useSaveMutation('kpi:delete', { onSuccess: refresh });
  const add = () => label.trim() && create.mutate({ engagementId, kpi: { label: label.trim(), definition, unit, direction } });

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('catalogue.open')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} wide title={t('catalogue.title')} description={t('catalogue.description')} onSubmit={add}
        footer={
          <>
            <Button onClick={() => setOpen(false)}>{tApp('common.close')}</Button>
            <Button type="submit" variant="primary" disabled={!label.trim()}>
              {t('catalogue.add')}
            </Button>
          </>
        }
      >
        <ul className="kpi-catalogue">
          {kpis.map((kpi) => (
            <li key={kpi.id} className="kpi-catalogue__item">
              <div>
                <strong>{lang === 'fr' ? kpi.labelFr : kpi.labelEn}</strong>
                {kpi.unit ? <span className="kpi-catalogue__unit"> ({kpi.unit})</span> : null}
                {kpi.isCustom ? <Tag tone="accent">{t('catalogue.custom')}</Tag> : null}
                <p>{lang === 'fr' ? kpi.definitionFr : kpi.definitionEn}</p>
              </div>
              {kpi.isCustom ? (
                <IconButton icon={<TrashIcon />} label={t('catalogue.delete', { label: lang === 'fr' ? kpi.labelFr : kpi.labelEn })} onClick={() => remove.mutate({ engagementId, id: kpi.id })} />
              ) : null}
            </li>
          ))}
        </ul>
        <fieldset className="kpi-catalogue__new">
          <legend>{t('catalogue.newTitle')}</legend>
          <TextField label={t('catalogue.label')} value={label} onChange={setLabel} required />
          <TextField label={t('catalogue.unit')} value={unit} onChange={setUnit} />
          <Select label={t('fields.direction')} value={direction} onChange={(value) => setDirection(value as Direction)} options={(['increase', 'decrease', 'maintain'] as const).map((d) => ({ value: d, label: t(`directions.${d}`) }))} />
          <TextArea className="kpi-catalogue__definition" label={t('catalogue.definition')} value={definition} onChange={setDefinition} rows={2} />
        </fieldset>
      </Dialog>
    </>
  );
}
