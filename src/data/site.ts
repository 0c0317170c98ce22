import config from 'virtual:handbook/config';

/** The deployment's validated settings (handbook.config.ts, with environment overrides). */
export { config };

/** The handbook's name as the deployment configures it. */
export const siteName = config.name;
