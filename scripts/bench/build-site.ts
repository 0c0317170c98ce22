import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateContent } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The sub-path the synthetic site is built for, as a company would serve it. */
export const BASE = '/handbook';

/** The process and every process below it, each with its parent (0 for the first), on Linux. */
function processTree(pid: number): { pid: number; parent: number }[] {
  const tree = [{ pid, parent: 0 }];
  for (let i = 0; i < tree.length; i++) {
    const { pid: parent } = tree[i]!;
    try {
      for (const task of readdirSync(`/proc/${parent}/task`)) {
        const children = readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(/\s+/).map((child) => ({ pid: Number(child), parent })));
      }
    } catch {
      // The process has just exited.
    }
  }
  return tree;
}

/**
 * The processes whose memory counts towards the build's: all but a child that still runs its
 * parent's command line, which is a fork that has yet to start its own program (as when Node
 * runs git). Until then the child's resident size repeats its parent's pages, and summing both
 * would count them twice (one run of 1,000 pages read 860 MB so, against Astro's 737 MB).
 */
export function ownMemory(tree: { pid: number; parent: number }[], commandLine: (pid: number) => string): number[] {
  return tree.filter(({ pid, parent }) => parent === 0 || commandLine(pid) !== commandLine(parent)).map(({ pid }) => pid);
}

/** A field of /proc/<pid>/status in MB: resident memory now (VmRSS) or at its highest (VmHWM); 0 if the process is gone. */
function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** A process's command line, or '' if it is gone. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * CPU seconds used by this process's children that have exited and been waited for, each with
 * its own children (fields 16 and 17 of /proc/self/stat: cutime, cstime). Taken before and after
 * the build, the difference is exactly the CPU time of the build's whole process tree: Astro, its
 * threads, and Pagefind. Linux counts them in ticks of 1/100 s (`getconf CLK_TCK`).
 */
export function childrenCpuSeconds(stat = readFileSync('/proc/self/stat', 'utf8')): { user: number; system: number } {
  // The command name, in parentheses, may itself hold spaces and parentheses: count from the last.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
}

/**
 * CPU time the hypervisor gave to other machines while this one wanted to run ("steal", the
 * eighth figure of the first line of /proc/stat), summed over all CPUs, in seconds. A build that
 * ran while the host was busy shows it here.
 */
export function stolenCpuSeconds(stat = readFileSync('/proc/stat', 'utf8')): number {
  const cpu = stat.split('\n', 1)[0]!.trim().split(/\s+/);
  if (cpu[0] !== 'cpu' || cpu.length < 9) throw new Error(`unexpected first line of /proc/stat: ${cpu.join(' ')}`);
  return Number(cpu[8]) / 100;
}

export interface BuildRun {
  seconds: number;
  /** CPU time of every process of the build, and the part of it spent in the kernel. */
  cpuSeconds: number | null;
  cpuSystemSeconds: number | null;
  /** CPU time the host took from this machine while the build ran (see stolenCpuSeconds). */
  stealSeconds: number | null;
  /** The most processes the build ran at once, or null. */
  processes: number | null;
  /** The build's peak memory: the largest sum of resident memory over its processes (see ownMemory), sampled every 100 ms, or Astro's own high-water mark if larger. */
  peakRssMb: number | null;
  /** The peak of the Astro process alone (its high-water mark); the search index is written after it exits. */
  peakMainRssMb: number | null;
  log: string;
}

/** Runs the build as `npm run build` does (scripts/build.ts) and samples its memory from /proc (Linux); elsewhere memory is null. */
function build(content: string, out: string): Promise<BuildRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const linux = existsSync('/proc/self/stat');
    const cpuBefore = linux ? childrenCpuSeconds() : { user: 0, system: 0 };
    const stealBefore = linux ? stolenCpuSeconds() : 0;
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts'), '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, HANDBOOK_CONTENT_DIR: content, HANDBOOK_BASE: BASE, NO_COLOR: '1' },
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak = 0;
    let peakMain = 0;
    let processes = 0;
    let astroPid = 0;
    const sample = () => {
      const tree = processTree(child.pid!);
      astroPid ||= tree.find(({ pid }) => commandLine(pid).includes('astro.mjs'))?.pid ?? 0;
      // Astro's own high-water mark also catches a peak between two samples.
      const astro = astroPid ? statusMb(astroPid, 'VmHWM') : 0;
      peakMain = Math.max(peakMain, astro);
      const counted = ownMemory(tree, commandLine);
      peak = Math.max(peak, counted.reduce((sum, pid) => sum + statusMb(pid, 'VmRSS'), 0), astro);
      processes = Math.max(processes, counted.length);
    };
    const timer = setInterval(sample, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return fail(new Error(`The build failed (exit ${code}):\n${log.slice(-3000)}`));
      const cpu = linux ? childrenCpuSeconds() : { user: 0, system: 0 };
      done({
        seconds,
        cpuSeconds: linux ? cpu.user + cpu.system - cpuBefore.user - cpuBefore.system : null,
        cpuSystemSeconds: linux ? cpu.system - cpuBefore.system : null,
        stealSeconds: linux ? stolenCpuSeconds() - stealBefore : null,
        processes: linux ? processes : null,
        peakRssMb: linux ? peak : null,
        peakMainRssMb: linux ? peakMain : null,
        log,
      });
    });
  });
}

/** Writes N synthetic role pages into a new temporary folder. The caller removes `work` when done. */
export function generateSynthetic(pages: number, seed: number) {
  const work = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const genStart = performance.now();
  const { roleIds } = generateContent(content, pages, seed);
  return { work, content, out, roleIds, generateS: (performance.now() - genStart) / 1000 };
}

/** Builds a content root cold: Astro's content cache for that root and the output folder are removed first. */
export function buildCold(content: string, out: string): Promise<BuildRun> {
  // The cache is keyed by the root's path, see astro.config.mjs.
  const cacheDir = join(ROOT, 'node_modules/.astro', `content-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`);
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return build(content, out);
}

/** Writes N synthetic role pages into a temporary content root and builds them cold. The caller removes `work` when done. */
export async function buildSynthetic(pages: number, seed: number) {
  const site = generateSynthetic(pages, seed);
  return { ...site, build: await buildCold(site.content, site.out) };
}
