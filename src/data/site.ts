import config from 'virtual:handbook/config';
import { boot, scripts } from 'virtual:handbook/client';
import { contentSecurityPolicy } from '../views/csp.ts';

/** The deployment's validated settings (handbook.config.ts, with environment overrides). */
export { config };

/** The handbook's name as the deployment configures it. */
export const siteName = config.name;

/** The browser code, compiled at build time: the inline boot script, and the address of each module a page loads. */
export { boot, scripts };

/** The security policy every page's `<meta>` carries, naming the boot script by its hash: made once, not per page. */
export const pagePolicy = contentSecurityPolicy(boot, { meta: true });
