import config from 'virtual:handbook/config';

/** The deployment's validated settings (handbook.config.ts, with environment overrides). */
export { config };

/** The handbook's name as the deployment configures it. */
export const siteName = config.name;

/** The browser code, compiled at build time: the inline boot script, and the address of each module a page loads. */
export { boot, scripts } from 'virtual:handbook/client';
