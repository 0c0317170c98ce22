import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './paths.ts';
import { ASTRO_BIN } from '../../scripts/lib/astro.ts';
import { withAstroLock, withAstroLockAsync } from './build-lock.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Variables a vitest worker sets for its own Vite, which a child build must not inherit. */
const TEST_RUNNER_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** This process's environment without the test runner's own variables, for child builds. */
export const cleanEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_ENV.test(key)));

export interface BuildOptions {
  /** `npm run build` (scripts/build.ts, the default) or `astro build` alone, which indexes the site itself. */
  command?: 'npm run build' | 'astro build';
  contentDir: string;
  outDir: string;
  base?: string;
  site?: string;
  config?: string;
  env?: Record<string, string>;
}

const command = (options: BuildOptions) => ({
  args: options.command === 'astro build' ? [ASTRO_BIN, 'build', '--outDir', options.outDir] : [resolve(ROOT, 'scripts/build.ts'), '--outDir', options.outDir],
  env: {
    ...cleanEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    HANDBOOK_CONTENT_DIR: options.contentDir,
    HANDBOOK_BASE: options.base ?? '/handbook',
    ...(options.site ? { HANDBOOK_SITE: options.site } : {}),
    ...(options.config ? { HANDBOOK_CONFIG: options.config } : {}),
    // No company folders unless the build asks for them, whatever the shell has set.
    HANDBOOK_OVERLAY: '',
    ...options.env,
  },
});

/** Builds as `npm run build` does (scripts/build.ts: Astro, then the search index), for one content root and base path. */
export function astroBuild(options: BuildOptions): BuildResult {
  const { args, env } = command(options);
  const result = withAstroLock(() => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env }));
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The same build, without blocking this process, so several can run at once. */
export function astroBuildAsync(options: BuildOptions): Promise<BuildResult> {
  const { args, env } = command(options);
  return withAstroLockAsync(
    () =>
      new Promise((done, fail) => {
        const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk));
        child.once('error', fail);
        child.once('close', (status) => done({ status, output }));
      }),
  );
}
