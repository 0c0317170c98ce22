import { existsSync } from 'node:fs';

/**
 * Finds a program the tests need: the path in `envVar` if set, else the first candidate that
 * exists. Fails with `help` (how to install it) rather than letting a test skip.
 */
export function findBinary(
  what: { envVar: string; candidates: readonly string[]; help: string },
  env: NodeJS.ProcessEnv,
  exists: (p: string) => boolean = existsSync,
): string {
  const set = env[what.envVar];
  if (set) {
    if (!exists(set)) throw new Error(`${what.envVar} is set to ${set}, but there is no file there.`);
    return set;
  }
  const found = what.candidates.find((p) => exists(p));
  if (found) return found;
  throw new Error(`${what.help}\nLooked in: ${what.candidates.join(', ')}.`);
}
