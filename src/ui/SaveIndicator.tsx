import './SaveIndicator.css';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveIndicatorProps {
  status: SaveStatus;
  /** The words for each status, already translated. */
  text: string;
  /** The error sentence, as a tooltip and for screen readers. */
  detail?: string;
  retryLabel?: string;
  onRetry?: () => void;
}

/** « Enregistrement… » / « Enregistré » / error, announced politely to screen readers. */
export function SaveIndicator({ status, text, detail, retryLabel, onRetry }: SaveIndicatorProps) {
  return (
    <div
      className={`ui-save ui-save--${status}`}
      role="status"
      aria-live="polite"
      title={detail}
      data-save-status={status}
    >
      <span className="ui-save__dot" aria-hidden="true" />
      <span>{text}</span>
      {detail && <span className="visually-hidden">{detail}</span>}
      {status === 'error' && onRetry && retryLabel && (
        <button type="button" className="ui-save__retry" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
