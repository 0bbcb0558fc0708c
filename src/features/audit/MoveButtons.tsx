import './MoveButtons.css';

/** Up / down buttons to reorder a list item from the keyboard (a drag-free, screen-reader-friendly order). */
export function MoveButtons({ name, upLabel, downLabel, first, last, disabled, onMove }: {
  name: string; upLabel: string; downLabel: string; first: boolean; last: boolean; disabled?: boolean; onMove: (step: -1 | 1) => void;
}) {
  return (
    <span className="move-buttons">
      <button type="button" className="move-buttons__button" aria-label={`${upLabel} ${name}`} title={upLabel} disabled={disabled || first} onClick={() => onMove(-1)}>↑</button>
      <button type="button" className="move-buttons__button" aria-label={`${downLabel} ${name}`} title={downLabel} disabled={disabled || last} onClick={() => onMove(1)}>↓</button>
    </span>
  );
}
