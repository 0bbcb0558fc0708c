/**
 * The renderer's Content-Security-Policy, sent by both hosts (Electron's app://
 * protocol and the loopback bridge). No remote origin, no eval, no inline script.
 * Inline styles stay allowed: React and recharts set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
