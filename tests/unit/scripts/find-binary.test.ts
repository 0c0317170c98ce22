import { describe, expect, test } from 'vitest';
import { chromiumPath } from '../../../scripts/lib/browser.ts';
import { nginxPath } from '../../../scripts/lib/nginx.ts';

describe('finding Chromium', () => {
  test('uses CHROMIUM_PATH first, then the system locations', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/x/chrome' }, (p) => p === '/x/chrome')).toBe('/x/chrome');
    expect(chromiumPath({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });

  test('fails with instructions, never skips, when there is none', () => {
    expect(() => chromiumPath({}, () => false)).toThrow(/apt-get install -y chromium/);
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow('CHROMIUM_PATH is set to /nope');
  });
});

describe('finding nginx', () => {
  test('uses NGINX_PATH first, then the usual locations, and fails with instructions when there is none', () => {
    expect(nginxPath({ NGINX_PATH: '/opt/nginx' }, (p) => p === '/opt/nginx')).toBe('/opt/nginx');
    expect(nginxPath({}, (p) => p === '/usr/sbin/nginx')).toBe('/usr/sbin/nginx');
    expect(() => nginxPath({}, () => false)).toThrow(/apt-get install -y nginx/);
  });
});
