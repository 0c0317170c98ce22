import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * When each file under `dir` was last committed, from one `git log` over the folder, so a
 * build of thousands of pages runs git once. Files git does not know (new, uncommitted, or
 * no repository at all) are absent: their pages show no "last updated" date.
 */
export function lastCommitDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let top: string;
  let log: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates;
  }
  return parseGitLog(log, top, dates);
}

/** Reads `git log --format=%x00%cs --name-only` output: newest commit first, so the first date seen wins. */
export function parseGitLog(log: string, top: string, dates = new Map<string, string>()): Map<string, string> {
  for (const commit of log.split('\0')) {
    const [date, ...files] = commit.split('\n').map((l) => l.trim());
    if (!date) continue;
    for (const file of files) {
      if (!file) continue;
      const full = resolve(top, file);
      if (!dates.has(full)) dates.set(full, date);
    }
  }
  return dates;
}
