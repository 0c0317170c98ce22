import type { HandbookConfig } from '../schemas/config.ts';
import { contrast } from '../schemas/color.ts';

/** Text colour for a surface of `colour`: whichever of white and near-black reads better on it. */
export function textOn(colour: string): string {
  return contrast(colour, '#ffffff') >= contrast(colour, '#0b1a33') ? '#ffffff' : '#0b1a33';
}

/** The deployment's colours as CSS custom properties, bundled with the site's stylesheet. */
export function themeCss(config: Pick<HandbookConfig, 'accent'>): string {
  const { light, dark } = config.accent;
  return (
    `:root{--accent:${light};--focus:${light};--accent-text:${textOn(light)}}` +
    `[data-theme='dark']{--accent:${dark};--focus:${dark};--accent-text:${textOn(dark)}}\n`
  );
}
