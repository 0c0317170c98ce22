import config from 'virtual:handbook/config';
import { scripts } from 'virtual:handbook/client';
import { contentSecurityPolicy } from '../views/csp.ts';

/** The deployment's validated settings (handbook.config.ts, with environment overrides). */
export { config };

/** The handbook's name as the deployment configures it. */
export const siteName = config.name;

/** The browser code, compiled at build time: the address of the boot script and of each module a page loads. */
export { scripts };

/** The security policy every page's `<meta>` carries: made once, not per page. */
export const pagePolicy = contentSecurityPolicy({ meta: true });
