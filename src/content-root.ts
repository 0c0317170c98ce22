import { isAbsolute, resolve } from 'node:path';

/**
 * The folder the handbook's content is read from: `./content`, or `HANDBOOK_CONTENT_DIR`
 * when set (tests and benchmarks build fixture content this way).
 */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const dir = env.HANDBOOK_CONTENT_DIR?.trim() || 'content';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}
