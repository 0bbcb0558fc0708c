import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { ProgressBar } from '../../ui';
import { stepLabel } from './stepLabel';

/** The running export: the current step in words and a bar driven by `job:progress`. */
export function ExportProgress({ progress, step }: { progress: number; step: string }) {
  const { t } = useTranslation('deliverables');
  const { lang } = useUiLanguage();
  const label = stepLabel(step, t);
  return (
    <div className="export-progress" data-testid="export-progress">
      <p className="export-progress__step" aria-live="polite">
        {label}
      </p>
      <ProgressBar value={progress} label={t('progress.label')} valueText={formatPercent(progress, lang)} />
    </div>
  );
}
