import type { TextPart } from '../../shared/model/search';

/** Search text with its matches in <mark>: parts are rendered as text, never as HTML. */
export function MatchedText({ parts }: { parts: TextPart[] }) {
  return (
    <span className="matched-text">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
