import { existsSync } from 'node:fs';

/** A program the tests need: the variable that names it, where else to look, and how to install it. */
export interface Binary {
  envVar: string;
  candidates: readonly string[];
  help: string;
}

/**
 * Looks for `what`: the path in its variable if set, else the first candidate that exists. A
 * variable naming a file that is not there is the user's own setting, reported as `badSetting`.
 */
export function locateBinary(what: Binary, env: NodeJS.ProcessEnv, exists: (p: string) => boolean = existsSync): { path: string } | { path: null; badSetting?: string } {
  const set = env[what.envVar];
  if (set) return exists(set) ? { path: set } : { path: null, badSetting: `${what.envVar} is set to ${set}, but there is no file there` };
  const found = what.candidates.find((p) => exists(p));
  return found ? { path: found } : { path: null };
}

/** Finds `what` as locateBinary does, or fails with its `help` (how to install it) rather than letting a test skip. */
export function findBinary(what: Binary, env: NodeJS.ProcessEnv, exists?: (p: string) => boolean): string {
  const located = locateBinary(what, env, exists);
  if (located.path !== null) return located.path;
  throw new Error(located.badSetting ? `${located.badSetting}.` : `${what.help}\nLooked in: ${what.candidates.join(', ')}.`);
}
