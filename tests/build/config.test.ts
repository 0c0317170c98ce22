import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';
import { FIXTURE_CONTENT, FIXTURE_DIR, ROOT, SITE_DIR } from '../support/paths.ts';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('a company\'s settings (tests/fixtures/handbook.config.ts) shape the fixture site', () => {
  const role = read(FIXTURE_DIR, 'roles/builder/index.html');

  test('its name, logo and banner are in the header of every page', () => {
    expect(role).toContain('<title>Fixture Builder · Acme AI Wiki</title>');
    expect(role).toMatch(/<a class="brand" href="\/handbook\/"><img src="\/handbook\/favicon.svg" alt(?:="")? height="28"><span>Acme AI Wiki<\/span><\/a>/);
    expect(role).toContain('<p class="banner">Internal: for Acme staff only.');
  });

  test('its organisation and footer links are in the footer, site paths with the base', () => {
    expect(role).toContain('Acme AI Wiki, run by Acme Corp.');
    expect(role).toContain('<a href="https://intranet.acme.example/people">People team</a>');
    expect(role).toContain('<a href="/handbook/guides/using/">How to use this wiki</a>');
  });

  test('its accent colours are in the stylesheet, with readable text on them', () => {
    const css = readdirSync(join(FIXTURE_DIR, '_astro')).filter((f) => f.endsWith('.css')).map((f) => read(FIXTURE_DIR, `_astro/${f}`)).join('');
    expect(css).toContain('--accent:#7a1f5c');
    expect(css).toContain('--accent:#f0a6d4');
  });

  test('canonical URLs use its site and base', () => {
    expect(role).toContain('<link rel="canonical" href="https://wiki.acme.example/handbook/roles/builder/">');
  });

  test('noindex keeps crawlers out: a robots meta tag on every page and a robots.txt that disallows all', () => {
    expect(role).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(read(FIXTURE_DIR, 'robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });

  test('"Edit this page" leads to the file in its repository', () => {
    expect(role).toContain('<a href="https://git.acme.example/wiki/edit/main/content/roles/builder.mdx" rel="noopener">Edit this page</a>');
  });

  test('"Last updated" is the date of the file\'s last commit', () => {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'tests/fixtures/content/roles/builder.mdx'], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(role).toContain(`Last updated <time datetime="${date}">${date}</time>`);
  });
});

describe('the default settings', () => {
  test('let crawlers in and point them at a sitemap that lists content pages but not search', () => {
    expect(read(SITE_DIR, 'robots.txt')).toContain('Sitemap: https://handbook.example.org/handbook/sitemap-index.xml');
    const sitemap = read(SITE_DIR, 'sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://handbook.example.org/handbook/roles/ai-engineer/</loc>');
    expect(sitemap).not.toContain('/search/');
    expect(read(SITE_DIR, 'roles/ai-engineer/index.html')).not.toContain('name="robots"');
  });
});

describe('a bad setting fails the build with a message naming it, its value and what is accepted', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  function buildWith(settings: string) {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-config-'));
    made.push(dir);
    writeFileSync(join(dir, 'handbook.config.ts'), `export default ${settings};\n`);
    return astroBuild({ contentDir: FIXTURE_CONTENT, outDir: join(dir, 'dist'), config: join(dir, 'handbook.config.ts') });
  }

  test('an accent colour too pale to read', () => {
    const result = buildWith(`{ name: 'Wiki', site: 'https://w.example', base: '/', accent: { light: '#ffe680', dark: '#8ab4ff' } }`);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('handbook.config.ts accent.light = "#ffe680": #ffe680 has a contrast of 1.24:1 with the light background #ffffff; links need at least 4.5:1');
  });

  test('an unknown setting and a footer link that is not a URL', () => {
    const result = buildWith(`{ name: 'Wiki', site: 'https://w.example', base: '/', colour: 'red', footerLinks: [{ label: 'Home', href: 'intranet' }] }`);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('handbook.config.ts footerLinks.0.href = "intranet": must start with https://, http://, mailto: or / (a path on this site)');
    expect(result.output).toContain('handbook.config.ts: unknown setting colour');
  });

  test('a logo that is not in public/', () => {
    const result = buildWith(`{ name: 'Wiki', site: 'https://w.example', base: '/', logo: { src: '/acme.svg' } }`);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('handbook.config.ts logo.src = "/acme.svg": there is no such file in public/');
  });
});
