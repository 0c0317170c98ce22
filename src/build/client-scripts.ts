/**
 * The browser code in src/client/, compiled from TypeScript, minified and content-hashed by
 * esbuild (the bundler Astro already brings), and handed to pages as `virtual:handbook/client`:
 *
 * - `scripts.boot`: the classic script every page loads first in its `<head>`, before first paint
 *   (theme, old addresses, the `/` key, and loading the interactions module on demand). It is a
 *   file rather than inline so that its kilobyte is cached once instead of repeated in every page,
 *   and so that the security policy allows no inline script at all.
 * - the address of each module a page loads: `interactions` when the reader reaches for search or
 *   a control, and each tool's own module.
 *
 * A build writes each to `_astro/<name>.<hash>.js`, cached for good; the authoring server
 * compiles them on request.
 *
 * Astro's own `<script>` bundling would load a module on every page; the handbook's pages load
 * none until the reader interacts, so these modules are built here instead.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const CLIENT_MODULE = 'virtual:handbook/client';

/** The modules pages load, by name: each is `src/client/<name>.ts`. */
export const CLIENT_SCRIPTS = ['interactions', 'compare', 'finder', 'path-progress', 'planner'] as const;
export type ClientScript = (typeof CLIENT_SCRIPTS)[number];

const CLIENT_DIR = fileURLToPath(new URL('../client/', import.meta.url));
/** Browsers the handbook supports: those with native modules, dynamic import and optional chaining. */
const TARGET = ['es2022'];

/** Compiles one entry point; throws esbuild's report, naming file and line, if it does not compile. */
export function compileClient(name: 'boot' | ClientScript): string {
  const result = buildSync({
    entryPoints: [join(CLIENT_DIR, `${name}.ts`)],
    bundle: true,
    minify: true,
    // The boot script is a classic script that must run before first paint, so it is a
    // self-contained function; the rest are modules.
    format: name === 'boot' ? 'iife' : 'esm',
    // Every page loads the boot script before it is drawn; a classic script needs no "use strict"
    // to behave, and it declares nothing outside its own block.
    ...(name === 'boot' ? { tsconfigRaw: { compilerOptions: { alwaysStrict: false } } } : {}),
    target: TARGET,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text.trim();
}

/** `name.<8 characters of the content's hash>.js`, the way Vite names its assets. */
export const hashedName = (name: string, code: string) => `${name}.${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;

/** Every compiled file, by name: the boot script and the modules. */
const ALL_SCRIPTS = ['boot', ...CLIENT_SCRIPTS] as const;
export type ScriptName = (typeof ALL_SCRIPTS)[number];

export interface ClientScripts {
  integration: AstroIntegration;
  /** The boot script's address, base included, once the build has compiled it (redirect pages load it too). */
  bootUrl: () => string;
}

export function clientScripts(): ClientScripts {
  let built: Map<ScriptName, { file: string; code: string }> | undefined;
  let base = '/';
  const compileAll = () =>
    (built ??= new Map(ALL_SCRIPTS.map((name) => {
      const code = compileClient(name);
      return [name, { file: hashedName(name, code), code }];
    })));
  const integration: AstroIntegration = {
    name: 'handbook:client-scripts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const isBuild = command === 'build';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook:client-scripts',
                resolveId: (id: string) => (id === CLIENT_MODULE ? `\0${id}` : undefined),
                load: (id: string) => {
                  if (id !== `\0${CLIENT_MODULE}`) return undefined;
                  // A build compiles each module once; the authoring server serves them below.
                  if (isBuild) compileAll();
                  const scripts = Object.fromEntries(ALL_SCRIPTS.map((name) => [name, isBuild ? `${base}_astro/${built!.get(name)!.file}` : `${base}_handbook/client/${name}.js`]));
                  return `export const scripts = ${JSON.stringify(scripts)};\n`;
                },
                configureServer: (server: { middlewares: { use: (handler: (req: { url?: string }, res: ServerResponseLike, next: () => void) => void) => void } }) => {
                  server.middlewares.use((req, res, next) => {
                    const name = /\/_handbook\/client\/([a-z-]+)\.js(?:\?|$)/.exec(req.url ?? '')?.[1] as ScriptName | undefined;
                    if (!name || !ALL_SCRIPTS.includes(name)) return next();
                    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
                    res.end(compileClient(name));
                  });
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        if (!built) return;
        const assets = join(fileURLToPath(dir), '_astro');
        mkdirSync(assets, { recursive: true });
        for (const { file, code } of built.values()) writeFileSync(join(assets, file), `${code}\n`);
      },
    },
  };
  return { integration, bootUrl: () => `${base}_astro/${compileAll().get('boot')!.file}` };
}

interface ServerResponseLike {
  setHeader(name: string, value: string): void;
  end(body: string): void;
}
