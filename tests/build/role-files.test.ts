import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ASTRO_BIN } from '../../scripts/lib/astro.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { astroBuild, cleanEnv } from '../support/astro-build.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';
import { withAstroLockAsync } from '../support/build-lock.ts';

// Each role's data, job description and compare record come from a route per file
// (src/data/role-files.ts), in a build and on the authoring server alike, whatever NODE_ENV a
// user has set.
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const FILES = ['api/roles/keeper.json', 'roles/keeper/job-description.md', 'compare/roles/keeper.json'];

describe('role files', () => {
  test('a build with NODE_ENV=development still writes them all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-role-files-'));
    made.push(dir);
    const result = astroBuild({ contentDir: FIXTURE_CONTENT, outDir: join(dir, 'dist'), env: { NODE_ENV: 'development' } });
    expect(result.status, result.output.slice(-2000)).toBe(0);
    for (const file of FILES) expect(existsSync(join(dir, 'dist', file)), file).toBe(true);
    // The bundler's warning about Astro's directive in MDX modules is left out of the log
    // (astro.config.mjs); the fixture has MDX entries, so it would show here.
    // Read without colour codes, whatever the environment asks of the log's colours.
    const log = stripVTControlCharacters(result.output);
    expect(log).toContain('[build] Complete!');
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });

  test('the authoring server serves each from its own route, and the browser code compiled, under the base path, whatever NODE_ENV says', () =>
    withAstroLockAsync(async () => {
      const port = await freePort();
      const server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
        cwd: ROOT,
        env: { ...cleanEnv(), NODE_ENV: 'production', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_CONTENT_DIR: FIXTURE_CONTENT, HANDBOOK_BASE: '/handbook' },
      });
      let log = '';
      server.stdout.on('data', (d) => (log += d));
      server.stderr.on('data', (d) => (log += d));
      try {
        const url = (path: string) => `http://127.0.0.1:${port}/handbook/${path}`;
        const deadline = Date.now() + 60_000;
        for (;;) {
          const ready = await fetch(url('')).then((r) => r.ok, () => false);
          if (ready) break;
          if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the authoring server did not start:\n${log.slice(-2000)}`);
          await new Promise((r) => setTimeout(r, 250));
        }
        const [data, jd, compare] = await Promise.all(FILES.map((path) => fetch(url(path))));
        expect(data!.status).toBe(200);
        expect(await data!.json()).toMatchObject({ version: 1, id: 'keeper' });
        expect(jd!.status).toBe(200);
        expect(jd!.headers.get('content-type')).toMatch(/^text\/markdown/);
        const title = /^title: (.+)$/m.exec(readFileSync(join(FIXTURE_CONTENT, 'roles', 'keeper.mdx'), 'utf8'))![1]!.replace(/^["']|["']$/g, '');
        expect(await jd!.text()).toMatch(new RegExp(`^# ${title}\\n`));
        expect(compare!.status).toBe(200);
        expect(await compare!.json()).toMatchObject({ id: 'keeper' });
        // The browser code the page names is compiled on request, under the base path.
        const home = await (await fetch(url(''))).text();
        const module = /data-module="([^"]+)"/.exec(home)?.[1];
        expect(module).toMatch(/^\/handbook\/_handbook\/client\/interactions\.js$/);
        const script = await fetch(`http://127.0.0.1:${port}${module}`);
        expect(script.status).toBe(200);
        expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
        expect(await script.text()).toMatch(/export\{/);
      } finally {
        server.kill();
        await new Promise((done) => (server.exitCode !== null ? done(undefined) : server.once('exit', done)));
      }
  }), 90_000);
});
