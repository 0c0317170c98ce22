import type { HandbookConfig } from '../schemas/config.ts';
import { contrast } from '../schemas/color.ts';

/** Text colour for a surface of `colour`: whichever of white and near-black reads better on it. */
export function textOn(colour: string): string {
  return contrast(colour, '#ffffff') >= contrast(colour, '#0b1a33') ? '#ffffff' : '#0b1a33';
}

/** A CSS string literal of `text`. */
const cssString = (text: string) => `'${text.replace(/[\\'\n]/g, (c) => (c === '\n' ? '\\a ' : `\\${c}`))}'`;

/**
 * What the deployment's settings decide in the site's stylesheet, bundled with it: the accent
 * colours as CSS custom properties, and, in print, each link to a page of the site followed by
 * its full address on the configured origin (a root-relative link already holds the base path).
 */
export function themeCss(config: Pick<HandbookConfig, 'accent' | 'site'>): string {
  const { light, dark } = config.accent;
  const origin = new URL(config.site).origin;
  return (
    `:root{--accent:${light};--focus:${light};--accent-text:${textOn(light)}}` +
    `[data-theme='dark']{--accent:${dark};--focus:${dark};--accent-text:${textOn(dark)}}\n` +
    `@media print{a[href^='/']::after{content:' <' ${cssString(origin)} attr(href) '>'}}\n`
  );
}
