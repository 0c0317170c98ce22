import type { HandbookConfigInput } from './src/schemas/config.ts';

/**
 * Deployment settings, validated when the build starts. Every setting is described in the
 * README's configuration reference. `HANDBOOK_SITE` and `HANDBOOK_BASE` override `site` and
 * `base` at build time, so one checkout can be built for several hosts.
 */
export default {
  name: 'AI Roles Handbook',
  site: 'https://handbook.example.org',
  base: '/',
  accent: { light: '#1d5fd1', dark: '#8ab4ff' },
  footerLinks: [],
  noindex: false,
} satisfies HandbookConfigInput;
