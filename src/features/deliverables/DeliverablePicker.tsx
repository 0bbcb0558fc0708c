import { useTranslation } from 'react-i18next';
import { DELIVERABLE_KINDS, type DeliverableKind } from '../../shared/model/deliverables';

/** The seven deliverables as checkboxes, each with its one-line description. */
export function DeliverablePicker({
  selected,
  onChange,
  disabled,
}: {
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
      {DELIVERABLE_KINDS.map((kind) => (
        <label key={kind} className="deliverable-picker__item" data-checked={selected.has(kind) || undefined}>
          <input type="checkbox" checked={selected.has(kind)} onChange={(event) => toggle(kind, event.target.checked)} />
          <span className="deliverable-picker__text">
            <span className="deliverable-picker__title">{t(`kinds.${kind}.title`)}</span>
            <span className="deliverable-picker__description">{t(`kinds.${kind}.text`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
