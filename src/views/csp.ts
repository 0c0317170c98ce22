/**
 * The site's Content-Security-Policy: nothing from any other host, no inline script or style at
 * all (the boot script is a file), no eval but WebAssembly compilation, which search needs.
 * `meta` leaves out what a `<meta>` element cannot carry (frame-ancestors).
 */
export function contentSecurityPolicy({ meta = false } = {}): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}

/** The security headers every response carries, besides the policy. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
