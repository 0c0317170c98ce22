import { createHash } from 'node:crypto';

/** The `'sha256-...'` source that allows exactly one inline script. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The site's Content-Security-Policy: nothing from any other host, no inline script but the
 * boot script (by its hash), no eval but WebAssembly compilation, which search needs.
 * `meta` leaves out what a `<meta>` element cannot carry (frame-ancestors).
 */
export function contentSecurityPolicy(bootScript: string, { meta = false } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(bootScript)} 'wasm-unsafe-eval'`,
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
