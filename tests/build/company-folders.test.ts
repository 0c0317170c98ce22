import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASTRO_BIN } from '../../scripts/lib/astro.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { withAstroLockAsync } from '../support/build-lock.ts';
import { astroBuild, cleanEnv, type BuildResult } from '../support/astro-build.ts';
import { FIXTURE_CONTENT, LAYERED_CONFIG, OVERLAYS, ROOT } from '../support/paths.ts';

const BANDS = resolve(ROOT, 'tests/fixtures/overlays/bands');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-company-'));
  made.push(dir);
  return dir;
};

describe('a company folder named by HANDBOOK_OVERLAY, with exportPayBands on', () => {
  let out: string;
  let result: BuildResult;
  beforeAll(() => {
    out = join(scratch(), 'dist');
    result = astroBuild({ contentDir: FIXTURE_CONTENT, outDir: out, config: resolve(ROOT, 'tests/fixtures/bands.config.ts'), env: { HANDBOOK_OVERLAY: BANDS } });
  });
  const read = (path: string) => readFileSync(join(out, path), 'utf8');

  test('puts the company\'s pay bands in the role\'s records, its Markdown twin and llms-full.txt', () => {
    expect(result.status, result.output.slice(-2000)).toBe(0);
    const band = { level: 'senior', currency: 'GBP', min: 71500, max: 88500, asOf: '2026-09-01', region: 'London' };
    expect(JSON.parse(read('api/roles/builder.json')).payBands).toEqual([band]);
    const roles = JSON.parse(read('api/roles.json')) as { roles: { id: string; payBands?: unknown }[] };
    expect(roles.roles.find((r) => r.id === 'builder')?.payBands).toEqual([band]);
    // A role with no bands of its own gets no empty field.
    expect(roles.roles.find((r) => r.id === 'keeper')).not.toHaveProperty('payBands');
    const row = /\| £71,500 to £88,500 \| \[Senior fixture\]\(https:\/\/wiki\.bands\.example\/handbook\/roles\/builder\/#level-senior\) \| London \| 2026-09-01 \|/;
    expect(read('roles/builder/index.html.md')).toMatch(new RegExp(`### Our pay bands\\n\\nSet by Bands Ltd[^\\n]*\\n\\n[^\\n]*\\n[^\\n]*\\n${row.source}`));
    expect(read('llms-full.txt')).toMatch(row);
  });

  test('keeps them out of the schema.org data and the search index all the same, and apart from the published figures', () => {
    const html = read('roles/builder/index.html');
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    expect(jsonLd).toContain('"@type"');
    expect(jsonLd).not.toMatch(/71500|88500|GBP/);
    expect(/<div class="pay-bands[^"]*" data-pagefind-ignore/.test(html)).toBe(true);
    expect(/<table class="pay">[\s\S]*?<\/table>/.exec(html)![0]).not.toContain('£71,500');
  });
});

describe('a problem in a company file fails the build, naming that file', () => {
  test('a pay band for a level the role does not have', () => {
    const folder = join(scratch(), 'acme');
    cpSync(BANDS, folder, { recursive: true });
    const file = join(folder, 'roles/builder.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('level: senior', 'level: principal'));
    const result = astroBuild({ contentDir: FIXTURE_CONTENT, outDir: join(folder, '..', 'dist'), env: { HANDBOOK_OVERLAY: folder } });
    expect(result.status).not.toBe(0);
    // Named as the build names every file: from the folder it runs in.
    expect(result.output).toMatch(new RegExp(`${relative(ROOT, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4 payBands\\[0\\]\\.level: [^\\n]*"principal"[^\\n]*mid, senior, staff`));
  });
});

describe('the next edition of the handbook, checked out where the last one was, under the same company folder', () => {
  test('shows the new edition\'s text and fields, with the company\'s layer still on top, and the company folder untouched', () => {
    const dir = scratch();
    const content = join(dir, 'handbook-content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const company = join(dir, 'acme');
    cpSync(BANDS, company, { recursive: true });
    const before = readFileSync(join(company, 'roles/builder.mdx'), 'utf8');
    const build = () => {
      const result = astroBuild({ contentDir: content, outDir: join(dir, 'dist'), env: { HANDBOOK_OVERLAY: company } });
      expect(result.status, result.output.slice(-2000)).toBe(0);
      return readFileSync(join(dir, 'dist/roles/builder/index.html'), 'utf8');
    };
    const first = build();
    expect(first).toContain('The builder turns models into products.');
    expect(first).toContain('£71,500 to £88,500');
    // The upgrade: the handbook's files change in place; the company's do not.
    const role = join(content, 'roles/builder.mdx');
    const edited = readFileSync(role, 'utf8')
      .replace(/^summary: .*$/m, 'summary: Builds and runs the applications that put existing models to work.')
      .replace('The builder turns models into products.', 'In the new edition, the builder owns evaluation too.');
    writeFileSync(role, edited);
    const next = build();
    expect(next).toContain('Builds and runs the applications that put existing models to work.');
    expect(next).toContain('In the new edition, the builder owns evaluation too.');
    expect(next).not.toContain('The builder turns models into products.');
    expect(next).toContain('£71,500 to £88,500');
    expect(readFileSync(join(company, 'roles/builder.mdx'), 'utf8')).toBe(before);
  });
});

describe('npm run check:content', () => {
  const check = (env: Record<string, string>) => spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...cleanEnv(), HANDBOOK_CONTENT_DIR: '', HANDBOOK_OVERLAY: '', ...env } });

  test('layers the company folders the settings name (overlays), as the build does', () => {
    const result = check({ HANDBOOK_CONFIG: LAYERED_CONFIG });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^note: tests\/fixtures\/overlays\/acme\/roles\/ai-enablement-lead\.mdx:\d+ hiringStage: the company role is in no hire order/m);
    expect(result.stdout.trim().split('\n').at(-1)).toContain(` + ${OVERLAYS.join(' + ')}: no problems`);
  });

  test('says what is wrong with a bad settings file, and exits 1', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'handbook.config.ts'), "export default { name: 'Wiki', site: 'wiki.acme.example', base: '/' };\n");
    const result = check({ HANDBOOK_CONFIG: join(dir, 'handbook.config.ts') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('handbook.config.ts site = "wiki.acme.example": must be an absolute http(s) URL');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the authoring server with a company folder', () => {
  test('layers an edit to a company file again, and shows it; a problem it names in the log, keeping the last good page', () =>
    withAstroLockAsync(async () => {
      const folder = join(scratch(), 'acme');
      cpSync(BANDS, folder, { recursive: true });
      const file = join(folder, 'roles/builder.mdx');
      const port = await freePort();
      const server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
        cwd: ROOT,
        env: { ...cleanEnv(), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_CONTENT_DIR: FIXTURE_CONTENT, HANDBOOK_BASE: '/handbook', HANDBOOK_OVERLAY: folder },
      });
      let log = '';
      server.stdout.on('data', (d) => (log += d));
      server.stderr.on('data', (d) => (log += d));
      const page = () => fetch(`http://127.0.0.1:${port}/handbook/roles/builder/`).then((r) => (r.ok ? r.text() : ''), () => '');
      /** Waits for `seen` to hold, failing with the server's log if it never does. */
      const until = async (what: string, seen: () => Promise<boolean> | boolean) => {
        const deadline = Date.now() + 45_000;
        while (!(await seen())) {
          if (Date.now() > deadline || server.exitCode !== null) throw new Error(`${what} never happened:\n${log.slice(-3000)}`);
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      try {
        await until('the first page with the band', async () => (await page()).includes('£71,500 to £88,500'));
        writeFileSync(file, readFileSync(file, 'utf8').replace('min: 71500', 'min: 72500'));
        await until('the edited band', async () => (await page()).includes('£72,500 to £88,500'));
        writeFileSync(file, readFileSync(file, 'utf8').replace('level: senior', 'level: principal'));
        await until('the problem in the log', () => /roles\/builder\.mdx:4 payBands\[0\]\.level: "principal" is not one of this role's levels/.test(log));
        expect(await page()).toContain('£72,500 to £88,500');
      } finally {
        server.kill();
        await new Promise((done) => (server.exitCode !== null ? done(undefined) : server.once('exit', done)));
      }
    }), 150_000);
});
