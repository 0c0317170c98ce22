import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../content-root.ts';
import { checkContentAt, type CheckedEntry } from './content-check/check.ts';
import { checkContentOnWorker, checkFailure, publishVerdict, type CheckAnswer } from './content-check/thread.ts';
import { findBrokenLinks, missingEntryPages, readBuiltSite, type BuiltSite } from './site-check/link-check.ts';
import { contentStoreFromFile, type ContentStorePlugin } from './astro-internals/content-store.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import { themeCss } from './theme.ts';
import { redirectPage, redirectsOf, netlifyRedirects } from './host-files/redirects.ts';
import { headersFile, nginxInclude } from './host-files/host-config.ts';
import { contentSecurityPolicy } from '../views/csp.ts';
import { drawCards } from './social-cards/draw.ts';
import { writeRoleFiles } from './astro-internals/role-files-manifest.ts';
import { FAMILY_LABELS } from '../views/format.ts';
import type { Role } from '../schemas/role.ts';

const CONFIG_MODULE = 'virtual:handbook/config';
const THEME_MODULE = 'virtual:handbook/theme.css';
const BUILD_MODULE = 'virtual:handbook/build';

/**
 * The handbook's build hooks:
 * - before anything renders, every content file is validated, references included (Astro only
 *   logs a broken `reference()` and exits 0, so the build must fail here): a build checks on a
 *   worker thread while Astro starts, and its content loaders wait for the verdict; the
 *   settings are handed to components, and the social cards start drawing on a worker thread;
 * - after the pages are written: each role's data, job description and compare record (from
 *   the one manifest the build renders them into, see src/data/role-files.ts), redirect pages
 *   and host files, a check that every published entry has its page and of every internal link
 *   and fragment, and the cards moved into place.
 *   Any failure fails `astro build`.
 * The search index is written after Astro exits (`npm run build`, scripts/build.ts).
 */
export default function handbook({ config }: { config: HandbookConfig }): AstroIntegration {
  let base = '/';
  let cardDir = '';
  let socialCards: ReturnType<typeof drawCards> | undefined;
  let store: ContentStorePlugin | undefined;
  /** The content as read and checked as the command starts (on a worker in a build); later hooks reuse it. */
  let checked: Promise<CheckAnswer> = Promise.resolve({ entries: [], problems: [] });

  // Cards depend on frontmatter only, so they are drawn on a second core from the moment the
  // content is checked, while Astro loads content and renders pages, into a folder of their own
  // (the build empties its output folder as it starts).
  const startCards = (entries: readonly CheckedEntry[]) => {
    try {
      const roles = entries.filter((e) => e.collection === 'roles' && (e.data as Role).draft !== true);
      cardDir = mkdtempSync(join(tmpdir(), 'handbook-cards-'));
      socialCards = drawCards(
        roles.map((role) => {
          const data = role.data as Role;
          return {
            file: join(cardDir, `${role.id}.png`),
            card: { title: data.title, eyebrow: `${config.name} · ${FAMILY_LABELS[data.family]}`, accent: config.accent.dark },
          };
        }),
      );
    } catch (error) {
      socialCards = Promise.reject(error);
    }
    // A failure surfaces when the build awaits the cards, not as an unhandled rejection.
    socialCards.catch(() => undefined);
  };
  return {
    name: 'handbook',
    hooks: {
      'astro:config:setup': ({ command, config: astroConfig, logger, updateConfig }) => {
        if (config.logo && !existsSync(new URL(`.${config.logo.src}`, astroConfig.publicDir))) {
          throw new Error(`handbook.config.ts logo.src = "${config.logo.src}": there is no such file in public/; put the logo there and name it by its path, such as /logo.svg`);
        }
        // Builds read the content store from Astro's cache file instead of bundling it.
        store = command === 'build' ? contentStoreFromFile(fileURLToPath(new URL('data-store.json', astroConfig.cacheDir))) : undefined;
        // The validated settings reach components as a module, so they are resolved once.
        updateConfig({
          vite: {
            plugins: [
              ...(store ? [store.plugin] : []),
              {
                name: 'handbook-config',
                resolveId: (id: string) => (id === CONFIG_MODULE || id === THEME_MODULE || id === BUILD_MODULE ? `\0${id}` : undefined),
                load: (id: string) => {
                  if (id === `\0${CONFIG_MODULE}`) return `export default ${JSON.stringify(config)};`;
                  if (id === `\0${THEME_MODULE}`) return themeCss(config);
                  // Routes that differ between a build and the authoring server ask this, not
                  // NODE_ENV, which a user may set either way.
                  if (id === `\0${BUILD_MODULE}`) return `export default ${command === 'build'};`;
                  return undefined;
                },
              },
            ],
          },
        });
        const root = contentRoot();
        if (command === 'build') {
          // Checked on a second core while Astro starts up; its content loaders wait for the
          // verdict before reading any file (src/content.config.ts).
          checked = checkContentOnWorker(root);
          const verdict = checked.then((answer) => checkFailure(root, answer));
          verdict.catch(() => undefined);
          publishVerdict(verdict);
          checked.then(
            (answer) => {
              if (answer.entries && !answer.problems.length) startCards(answer.entries);
            },
            () => undefined,
          );
        } else {
          // A build that failed earlier in this process leaves no verdict for the loaders to wait on.
          publishVerdict(Promise.resolve(undefined));
          const answer = checkContentAt(root);
          checked = Promise.resolve(answer);
          // The authoring server keeps running so the author can fix the file and see it reload.
          if (answer.problems.length) logger.error(`content problems:\n${answer.problems.join('\n')}`);
        }
      },
      'astro:config:done': ({ config: done }) => {
        base = done.base;
      },
      'astro:build:start': async () => {
        // The loaders have waited for it already; this holds even for content no loader reads.
        const failure = checkFailure(contentRoot(), await checked);
        if (failure) throw new Error(failure);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (store && !store.used()) {
          throw new Error("Astro's content store module (astro:data-layer-content) was bundled without the handbook's plugin (src/build/astro-internals/content-store.ts): has Astro renamed it?");
        }
        const outDir = fileURLToPath(dir);
        const { entries = [] } = await checked;
        const roleFiles = writeRoleFiles(outDir);
        logger.info(`${roleFiles} role data, job description and compare files written`);
        const redirects = writeHostFiles(outDir, base, config.site, entries);
        if (redirects.length) logger.info(`${redirects.length} old address${redirects.length === 1 ? '' : 'es'} redirected`);
        const started = performance.now();
        const site = readBuiltSite(outDir, base);
        const missing = missingEntryPages(entries, site, base);
        if (missing.length) {
          throw new Error(`${missing.length} published entr${missing.length === 1 ? 'y has' : 'ies have'} no page in the built site (see Astro's warnings above about empty collections): ${missing.slice(0, 20).join(', ')}`);
        }
        checkLinks(site, base);
        logger.info(`links checked in ${Math.round(performance.now() - started)} ms`);
        const cards = (await socialCards) ?? { count: 0, ms: 0 };
        if (cardDir) moveInto(cardDir, join(outDir, 'og', 'roles'));
        logger.info(`${cards.count} social cards drawn in ${cards.ms} ms, alongside the pages`);
        // scripts/build.ts indexes the folder named here once Astro has exited, and checks that the
        // index holds as many pages as this read of the site found marked for search.
        const searchable = [...site.pages.values()].filter((page) => page.searchable).length;
        if (process.env.HANDBOOK_OUT_FILE) writeFileSync(process.env.HANDBOOK_OUT_FILE, `${outDir}\n${searchable}\n`);
      },
    },
  };
}

/**
 * What the hosts that serve the site need besides the pages: a redirect page at each old
 * address, \`_redirects\` and \`_headers\` (Netlify, Cloudflare Pages) and the nginx include.
 * Returns the redirect pages written, relative to `outDir`.
 */
function writeHostFiles(outDir: string, base: string, site: string, entries: readonly CheckedEntry[]): string[] {
  const boot = readFileSync(new URL('../scripts/boot.js', import.meta.url), 'utf8');
  const redirects = redirectsOf(entries);
  const head = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(boot, { meta: true })}">\n`;
  const pages = redirects.map((r) => {
    const file = join(r.from, 'index.html').replace(/^\/+/, '');
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), redirectPage(r, { base, site, boot, head }));
    return file;
  });
  writeFileSync(join(outDir, '_redirects'), netlifyRedirects(redirects, base));
  writeFileSync(join(outDir, '_headers'), headersFile(base, boot));
  writeFileSync(join(outDir, '_nginx.conf'), nginxInclude(base, boot, redirects));
  return pages;
}

/** Fails the build on any internal link or #fragment in the output that leads nowhere. */
function checkLinks(site: BuiltSite, base: string): void {
  const broken = findBrokenLinks(site, base);
  if (broken.length === 0) return;
  const lines = broken.slice(0, 50).map((b) => `${b.page}: "${b.href}" ${b.reason}`);
  if (broken.length > 50) lines.push(`... and ${broken.length - 50} more`);
  throw new Error(`${broken.length} broken internal link${broken.length === 1 ? '' : 's'} in the built site:\n${lines.join('\n')}`);
}

/** Moves a folder into place; across filesystems, copies it. */
function moveInto(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
