import './ProgressBar.css';

/** A ratio 0..1 as a thin bar; `valueText` is what the bar says aloud and shows beside it. */
export function ProgressBar({ value, label, valueText }: { value: number; label: string; valueText: string }) {
  const ratio = Math.min(1, Math.max(0, value));
  return (
    <div className="ui-progress">
      <div
        className="ui-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(ratio * 100)}
        aria-valuetext={valueText}
      >
        <div className="ui-progress__fill" style={{ width: `${ratio * 100}%` }} />
      </div>
      <span className="ui-progress__value" aria-hidden="true">
        {valueText}
      </span>
    </div>
  );
}
