import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import type { AuditCriterion } from '../../shared/model/audit';
import { useChannelWrite } from './useAudit';

const SCORES = ['0', '1', '2', '3', '4', '5'] as const;

/** A criterion: a score 0–5 or N/A (native select, so arrows and typing a digit work), evidence on demand. */
export function CriterionRow({ engagementId, criterion, readOnly }: { engagementId: string; criterion: AuditCriterion; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const update = useChannelWrite('audit:updateCriterion', engagementId);
  const [open, setOpen] = useState(false);
  const save = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => update.mutateAsync({ engagementId, id: criterion.id, patch });
  const value = criterion.notApplicable ? 'na' : criterion.score === null ? '' : String(criterion.score);
  const hasEvidence = Boolean(criterion.evidence || criterion.evidenceUrl || criterion.evidenceFigures);
  return (
    <li className="criterion">
      <div className="criterion__line">
        <span className="criterion__label">{criterion.label}</span>
        <select
          className="ui-input criterion__score"
          aria-label={`${t('criteria.score')} — ${criterion.label}`}
          value={value}
          disabled={readOnly}
          data-score={value}
          onChange={(event) => {
            const v = event.target.value;
            void save(v === 'na' ? { notApplicable: true } : v === '' ? { score: null, notApplicable: false } : { score: Number(v) });
          }}
        >
          <option value="">{t('criteria.none')}</option>
          {SCORES.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
          <option value="na">{t('criteria.na')}</option>
        </select>
        <button type="button" className="criterion__more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('criteria.details')}{hasEvidence ? ' •' : ''}
        </button>
      </div>
      {open && (
        <div className="criterion__evidence">
          <AutosaveTextArea label={t('criteria.evidence')} value={criterion.evidence} onSave={(evidence) => save({ evidence })} disabled={readOnly} rows={2} />
          <AutosaveTextField label={t('criteria.url')} type="url" value={criterion.evidenceUrl} onSave={(evidenceUrl) => save({ evidenceUrl })} disabled={readOnly} />
          <AutosaveTextField label={t('criteria.figures')} value={criterion.evidenceFigures} onSave={(evidenceFigures) => save({ evidenceFigures })} disabled={readOnly} />
        </div>
      )}
    </li>
  );
}
