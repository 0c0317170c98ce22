import { describe, expect, test } from 'vitest';
import { contrast } from '../../../src/schemas/color.ts';
import { textOn, themeCss } from '../../../src/build/theme.ts';

describe('colours', () => {
  test('contrast follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1d5fd1', '#1d5fd1')).toBe(1);
  });

  test('text on an accent is whichever of white and near-black reads better', () => {
    expect(textOn('#1d5fd1')).toBe('#ffffff');
    expect(textOn('#8ab4ff')).toBe('#0b1a33');
  });

  test('the theme stylesheet carries both accents, and prints site links as full addresses on the configured origin', () => {
    expect(themeCss({ accent: { light: '#7a1f5c', dark: '#f0a6d4' }, site: 'https://wiki.acme.example' })).toBe(
      ":root{--accent:#7a1f5c;--focus:#7a1f5c;--accent-text:#ffffff}[data-theme='dark']{--accent:#f0a6d4;--focus:#f0a6d4;--accent-text:#0b1a33}\n" +
        "@media print{a[href^='/']::after{content:' <' 'https://wiki.acme.example' attr(href) '>'}}\n",
    );
    // The origin alone: a root-relative link already holds the base path.
    expect(themeCss({ accent: { light: '#1d5fd1', dark: '#8ab4ff' }, site: "https://a.example:8443/x'y" })).toContain("'https://a.example:8443' attr(href)");
  });
});
