import './Loading.css';

/** A quiet loading state with its words (never a bare spinner). */
export function Loading({ label }: { label: string }) {
  return (
    <div className="ui-loading" role="status">
      <span className="ui-loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
