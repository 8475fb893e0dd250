/**
 * The Content-Security-Policy the built app is served with (vite preview, e2e tests) and that deployers should
 * send as an HTTP header. No inline script and no eval: zod runs jitless (src/report/zodJitless.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");
