import { useTranslation } from 'react-i18next';
import { AutosaveDateField, AutosaveTextArea } from '../../app/save/autosaveFields';
import type { BenchmarkScore } from '../../shared/model/benchmark';
import { Button, Dialog } from '../../ui';

/** What was seen at a competitor for one criterion, and when: each field saves as typed. */
export function ObservationDialog({ title, score, readOnly, onSave, onClose }: {
  title: string;
  score: BenchmarkScore | undefined;
  readOnly: boolean;
  onSave: (patch: { note?: string; observedOn?: string | null }) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation('benchmark');
  return (
    <Dialog open title={title} description={t('observation.hint')} onClose={onClose} footer={<Button variant="primary" onClick={onClose}>{t('observation.done')}</Button>}>
      <div className="observation-form">
        <AutosaveTextArea label={t('grid.note')} value={score?.note ?? ''} rows={3} disabled={readOnly} onSave={(note) => onSave({ note })} />
        <AutosaveDateField label={t('grid.observedOn')} value={score?.observedOn ?? ''} disabled={readOnly} onSave={(v) => onSave({ observedOn: v || null })} />
      </div>
    </Dialog>
  );
}
