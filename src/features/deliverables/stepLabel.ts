import type { TFunction } from 'i18next';
import { isDeliverableKind } from '../../shared/model/deliverables';

/** The progress event's step key (`export.step.charts`, `export.step.audit`…) in words. */
export function stepLabel(step: string, t: TFunction<'deliverables'>): string {
  const key = step.replace(/^export\.step\./, '');
  if (isDeliverableKind(key)) return t('progress.steps.writing', { title: t(`kinds.${key}.title`) });
  if (key === 'snapshot' || key === 'images' || key === 'charts' || key === 'write' || key === 'done') {
    return t(`progress.steps.${key}`);
  }
  return t('progress.steps.unknown');
}
