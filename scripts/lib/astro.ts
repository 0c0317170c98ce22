/**
 * Astro's command-line program, run the way every npm script of the handbook runs it: on the
 * Node.js running this process (npm puts the one the `node` package installs first on PATH), with
 * Astro's telemetry off, and through Node rather than a shell, so the scripts are the same in
 * sh, bash, zsh, cmd.exe and PowerShell.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Astro's program, from the project's own node_modules. */
export const ASTRO_BIN = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The environment Astro runs in: the caller's, with telemetry off (a company's wiki build sends nothing out). */
export function astroEnv(env: NodeJS.ProcessEnv = process.env, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Runs `astro <args>` and resolves with its exit code; `onMessage` receives what Astro's hooks
 * send over IPC. Ctrl-C reaches Astro itself from the
 * terminal, so this process waits for it to finish rather than leaving it behind; a SIGTERM sent
 * to this process alone (a supervisor, a test) is passed on to Astro. A signal that ends Astro
 * ends this process with the same signal's conventional code.
 */
export function runAstro(
  args: readonly string[],
  options: { nodeFlags?: readonly string[]; env?: Record<string, string>; onMessage?: (message: unknown) => void } = {},
): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ASTRO_BIN, ...args], {
      cwd: ROOT,
      // With onMessage, Astro gets an IPC channel, over which the build's hooks can report back.
      stdio: options.onMessage ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
      env: astroEnv(process.env, options.env),
    });
    if (options.onMessage) child.on('message', options.onMessage);
    const onInt = () => {};
    const onTerm = () => child.kill('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.once('error', (error) => fail(new Error(`Astro could not start: ${error.message}`)));
    child.once('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
