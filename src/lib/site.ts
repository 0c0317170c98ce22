import handbookConfig from '../../handbook.config.ts';
import { resolveConfig } from './site-config.ts';

const config = resolveConfig(handbookConfig);

/** The handbook's name as the deployment configures it. */
export const siteName = config.name;
