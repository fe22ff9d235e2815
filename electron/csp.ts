/**
 * The shipped Content-Security-Policy. renderer/index.html carries the same
 * policy in a meta tag (for the browser host); a unit test keeps them equal.
 * No 'unsafe-inline' or 'unsafe-eval' anywhere; nothing may leave the origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers only a real response can carry (frame-ancestors is ignored in a meta tag). */
export const RESPONSE_CSP = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
