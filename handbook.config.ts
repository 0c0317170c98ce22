import type { HandbookConfig } from './src/schemas/config.ts';

/**
 * Deployment settings. `HANDBOOK_SITE` and `HANDBOOK_BASE` override `site` and `base`
 * at build time, so one checkout can be built for several hosts.
 */
export default {
  name: 'AI Roles Handbook',
  site: 'https://handbook.example.org',
  base: '/',
} satisfies HandbookConfig;
