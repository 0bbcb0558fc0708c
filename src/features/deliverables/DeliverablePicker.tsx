import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing/route';
import { DELIVERABLE_KINDS, type DeliverableKind } from '../../shared/model/deliverables';
import type { EngagementCounts } from '../../shared/model/engagement';
import { emptySource } from './emptySource';

/** The seven deliverables as checkboxes, each with its one-line description; one that would come out empty says where to start. */
export function DeliverablePicker({
  engagementId,
  counts,
  selected,
  onChange,
  disabled,
}: {
  engagementId: string;
  counts: EngagementCounts;
  selected: ReadonlySet<DeliverableKind>;
  onChange: (next: Set<DeliverableKind>) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('deliverables');
  const toggle = (kind: DeliverableKind, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(kind);
    else next.delete(kind);
    onChange(next);
  };
  return (
    <fieldset className="deliverable-picker" disabled={disabled}>
      <legend className="visually-hidden">{t('choose.list')}</legend>
      {DELIVERABLE_KINDS.map((kind) => {
        const start = emptySource(kind, counts);
        return (
          <label key={kind} className="deliverable-picker__item" data-checked={selected.has(kind) || undefined}>
            <input type="checkbox" checked={selected.has(kind)} onChange={(event) => toggle(kind, event.target.checked)} />
            <span className="deliverable-picker__text">
              <span className="deliverable-picker__title">{t(`kinds.${kind}.title`)}</span>
              <span className="deliverable-picker__description">{t(`kinds.${kind}.text`)}</span>
              {start && (
                <span className="deliverable-picker__empty" data-testid={`empty-source-${kind}`}>
                  {t('emptySource.note')}{' '}
                  <a href={routeHref({ name: 'engagement', engagementId, section: start })}>{t(`emptySource.${start}`)}</a>
                </span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
