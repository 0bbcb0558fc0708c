import './Brand.css';

/** The app's name with its mark (three staves: the conductor's score). */
export function Brand({ href }: { href?: string }) {
  const content = (
    <>
      <span className="brand__mark" aria-hidden="true">
        <svg
          width="14"
          height="14"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        >
          <path d="M2 4h12M2 8h9M2 12h6" />
        </svg>
      </span>
      <span>Orchestre</span>
    </>
  );
  return href ? (
    <a className="brand" href={href}>
      {content}
    </a>
  ) : (
    <span className="brand">{content}</span>
  );
}
