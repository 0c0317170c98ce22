/**
 * The deployment's settings, handed to pages and components as modules, so they are validated
 * once (astro.config.mjs) and read the same way everywhere:
 * - `virtual:handbook/config`: the settings (handbook.config.ts with its environment overrides);
 * - `virtual:handbook/theme.css`: the accent colours as CSS custom properties.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import type { HandbookConfig } from '../schemas/config.ts';
import { themeCss } from './theme.ts';

const MODULES = ['virtual:handbook/config', 'virtual:handbook/theme.css'] as const;

export function siteModules(config: HandbookConfig): AstroIntegration {
  return {
    name: 'handbook:site-modules',
    hooks: {
      'astro:config:setup': ({ config: astroConfig, updateConfig }) => {
        if (config.logo && !existsSync(new URL(`.${config.logo.src}`, astroConfig.publicDir))) {
          throw new Error(`handbook.config.ts logo.src = "${config.logo.src}": there is no such file in public/; put the logo there and name it by its path, such as /logo.svg`);
        }
        const sources: Record<(typeof MODULES)[number], string> = {
          'virtual:handbook/config': `export default ${JSON.stringify(config)};`,
          'virtual:handbook/theme.css': themeCss(config),
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook:site-modules',
                resolveId: (id: string) => ((MODULES as readonly string[]).includes(id) ? `\0${id}` : undefined),
                load: (id: string) => (id.startsWith('\0') ? sources[id.slice(1) as (typeof MODULES)[number]] : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
