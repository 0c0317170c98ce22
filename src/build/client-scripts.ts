/**
 * The browser code in src/client/, compiled from TypeScript, minified and content-hashed by
 * esbuild (the bundler Astro already brings), and handed to pages as `virtual:handbook/client`:
 *
 * - `boot`: the inline script every page runs in its `<head>` before first paint (theme, old
 *   addresses, the `/` key, and loading the interactions module on demand). The security policy
 *   allows it by the hash of this compiled text, computed when the page and host files are made.
 * - `scripts`: the address of each module a page loads: `interactions` when the reader reaches
 *   for search or a control, and each tool's own module. A build writes them to
 *   `_astro/<name>.<hash>.js`, cached for good; the authoring server compiles them on request.
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
    // The boot script runs inline, so it is a self-contained function; the rest are modules.
    format: name === 'boot' ? 'iife' : 'esm',
    // Every byte of the boot script is in every page; a classic script needs no "use strict" to
    // behave, and it declares nothing outside its own block.
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

export interface ClientScripts {
  integration: AstroIntegration;
  /** The compiled boot script, as pages inline it. */
  boot: () => string;
}

export function clientScripts(): ClientScripts {
  let boot: string | undefined;
  const compiledBoot = () => (boot ??= compileClient('boot'));
  let built: Map<ClientScript, { file: string; code: string }> | undefined;
  let base = '/';
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
                  if (isBuild) {
                    built ??= new Map(CLIENT_SCRIPTS.map((name) => {
                      const code = compileClient(name);
                      return [name, { file: hashedName(name, code), code }];
                    }));
                  }
                  const scripts = Object.fromEntries(CLIENT_SCRIPTS.map((name) => [name, isBuild ? `${base}_astro/${built!.get(name)!.file}` : `${base}_handbook/client/${name}.js`]));
                  return `export const boot = ${JSON.stringify(compiledBoot())};\nexport const scripts = ${JSON.stringify(scripts)};\n`;
                },
                configureServer: (server: { middlewares: { use: (handler: (req: { url?: string }, res: ServerResponseLike, next: () => void) => void) => void } }) => {
                  server.middlewares.use((req, res, next) => {
                    const name = /\/_handbook\/client\/([a-z-]+)\.js(?:\?|$)/.exec(req.url ?? '')?.[1] as ClientScript | undefined;
                    if (!name || !CLIENT_SCRIPTS.includes(name)) return next();
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
  return { integration, boot: compiledBoot };
}

interface ServerResponseLike {
  setHeader(name: string, value: string): void;
  end(body: string): void;
}
