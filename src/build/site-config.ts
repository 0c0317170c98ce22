import { delimiter, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { handbookConfigSchema, type HandbookConfig, type HandbookConfigInput } from '../schemas/config.ts';

/** The handbook's own folder, where handbook.config.ts sits. */
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Applies the `HANDBOOK_SITE` / `HANDBOOK_BASE` overrides to the config file's values and
 * validates the result, throwing a message that names the bad setting and what is accepted.
 */
export function resolveConfig(file: HandbookConfigInput, env: NodeJS.ProcessEnv = process.env): HandbookConfig {
  const merged = {
    ...file,
    ...(env.HANDBOOK_SITE ? { site: env.HANDBOOK_SITE } : {}),
    ...(env.HANDBOOK_BASE ? { base: env.HANDBOOK_BASE } : {}),
  };
  const result = handbookConfigSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const key = path[0] ?? '';
      const origin = key === 'site' && env.HANDBOOK_SITE ? 'HANDBOOK_SITE' : key === 'base' && env.HANDBOOK_BASE ? 'HANDBOOK_BASE' : ['handbook.config.ts', ...(path.length ? [path.join('.')] : [])].join(' ');
      const value = path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], merged);
      const message = issue.code === 'unrecognized_keys' ? `unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` : issue.message;
      return `${origin}${value === undefined || issue.code === 'unrecognized_keys' ? '' : ` = ${JSON.stringify(value)}`}: ${message}`;
    });
    throw new Error(`Invalid handbook configuration:\n${lines.join('\n')}`);
  }
  const base = result.data.base === '/' ? '/' : `/${result.data.base.replace(/^\/+|\/+$/g, '')}`;
  return { ...result.data, site: result.data.site.replace(/\/+$/, ''), base };
}

/**
 * Reads and validates the settings: the file `HANDBOOK_CONFIG` names (from the folder the command
 * runs in), else the handbook's own handbook.config.ts. Company folders from its `overlays`
 * travel on as `HANDBOOK_OVERLAY`, unless that is set already (it wins), so the content check,
 * its worker and the content config all read the same list.
 */
export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<HandbookConfig> {
  const file = env.HANDBOOK_CONFIG?.trim() ? resolve(env.HANDBOOK_CONFIG.trim()) : resolve(ROOT, 'handbook.config.ts');
  const config = resolveConfig((await import(/* @vite-ignore */ pathToFileURL(file).href)).default, env);
  if (!env.HANDBOOK_OVERLAY?.trim() && config.overlays.length) env.HANDBOOK_OVERLAY = config.overlays.map((o) => (typeof o === 'string' ? o : o.path)).join(delimiter);
  return config;
}
