import { describe, expect, test } from 'vitest';
import { CLIENT_SCRIPTS, compileClient, hashedName } from '../../../src/build/client-scripts.ts';
import { contentSecurityPolicy } from '../../../src/views/csp.ts';

describe('browser code', () => {
  test('the boot script compiles to one small self-contained function, a classic script the policy allows as a file of the site', () => {
    const boot = compileClient('boot');
    expect(boot).toMatch(/^("use strict";)?\(\(\)=>\{/);
    expect(boot).not.toMatch(/^\s*(import|export)\b/m);
    expect(Buffer.byteLength(boot)).toBeLessThan(1024);
    // Scripts from the site itself, no inline script by hash or otherwise, no eval but WebAssembly.
    expect(contentSecurityPolicy()).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy()).not.toMatch(/'sha256-|'unsafe-inline'|'unsafe-eval'/);
  });

  test('each module compiles, minified: no comments or line breaks of the source remain', () => {
    for (const name of CLIENT_SCRIPTS) {
      const code = compileClient(name);
      expect(code.length, name).toBeGreaterThan(100);
      expect(code, name).not.toMatch(/\/\*\*|\n\s+\/\//);
      expect(code.split('\n').length, name).toBeLessThan(5);
    }
    expect(compileClient('interactions')).toMatch(/export\{/);
  });

  test('a file is named by its content', () => {
    expect(hashedName('planner', 'a')).toMatch(/^planner\.[A-Za-z0-9_-]{8}\.js$/);
    expect(hashedName('planner', 'a')).toBe(hashedName('planner', 'a'));
    expect(hashedName('planner', 'a')).not.toBe(hashedName('planner', 'b'));
  });
});
