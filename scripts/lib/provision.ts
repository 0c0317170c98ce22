/**
 * What `npm test` needs beyond npm's own packages: the Chromium the browser tests drive and the
 * nginx that serves the built site to them. Where one is missing, the test command installs
 * Debian's package with apt-get when it may (as root, or with sudo that asks no password), and
 * otherwise stops before anything else runs, with one message naming each missing program and
 * the command that installs it. The tests never skip for want of either.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM } from './browser.ts';
import { locateBinary } from './find-binary.ts';
import { NGINX } from './nginx.ts';

/** A program the browser tests need, and how it is found and installed. */
export interface Need {
  name: string;
  /** The variable that points at the program, which wins over the usual locations. */
  envVar: string;
  debianPackage: string;
  /** Homebrew's command for it, on macOS. */
  brew: string;
  /** Where it was found, or null. */
  path: string | null;
  /** Set when `envVar` names a file that is not there: the user's own setting, never installed over. */
  badSetting?: string;
}

/** What the machine allows. */
export interface Machine {
  platform: NodeJS.Platform;
  isRoot: boolean;
  hasAptGet: boolean;
  /** `sudo -n true` succeeds: sudo is there and asks no password. */
  passwordlessSudo: boolean;
}

export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; commands: string[][] }
  | { kind: 'stop'; message: string };

/** The programs the browser tests need, each looked for where the tests will look. */
export function findNeeds(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): Need[] {
  return [
    { name: 'Chromium', envVar: CHROMIUM.envVar, debianPackage: 'chromium', brew: 'brew install --cask chromium', ...locateBinary(CHROMIUM, env, exists) },
    { name: 'nginx', envVar: NGINX.envVar, debianPackage: 'nginx', brew: 'brew install nginx', ...locateBinary(NGINX, env, exists) },
  ];
}

/** Decides what to do about the programs `needs` lacks on `machine`. */
export function planSetup(needs: readonly Need[], machine: Machine): Plan {
  const missing = needs.filter((need) => need.path === null);
  if (missing.length === 0) return { kind: 'ready' };
  const badSettings = missing.filter((need) => need.badSetting);
  const mayInstall = machine.platform === 'linux' && machine.hasAptGet && (machine.isRoot || machine.passwordlessSudo);
  if (badSettings.length === 0 && mayInstall) {
    const sudo = machine.isRoot ? [] : ['sudo', '-n'];
    const packages = missing.map((need) => need.debianPackage);
    return {
      kind: 'install',
      packages,
      commands: [
        [...sudo, 'apt-get', 'update', '-qq'],
        [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', ...packages],
      ],
    };
  }
  return { kind: 'stop', message: stopMessage(missing, machine) };
}

/** The one message for a machine where the test command cannot install what is missing itself. */
export function stopMessage(missing: readonly Need[], machine: Machine): string {
  const apt = machine.platform === 'linux' && machine.hasAptGet;
  const install = (need: Need) => (apt ? `sudo apt-get install -y ${need.debianPackage}` : machine.platform === 'darwin' ? need.brew : `install ${need.name}, then set ${need.envVar} to its path`);
  const why = missing.some((need) => need.badSetting)
    ? 'a setting points at a file that is not there'
    : apt
      ? 'installing them needs root, or sudo without a password, and this user has neither'
      : machine.platform === 'darwin'
        ? 'they are not installed for you on macOS'
        : 'this machine has no apt-get to install them with';
  const width = Math.max(...missing.map((need) => need.name.length));
  const lines = [
    `the browser tests need ${missing.map((need) => need.name).join(' and ')}, and ${missing.length === 1 ? 'it was not' : 'neither was'} found; npm test cannot install ${missing.length === 1 ? 'it' : 'them'} (${why}).`,
    ...missing.map((need) => `  ${need.name.padEnd(width)}  ${need.badSetting ?? install(need)}`),
  ];
  if (apt && missing.length > 1 && !missing.some((need) => need.badSetting)) {
    lines.push(`Both at once: sudo apt-get update && sudo apt-get install -y ${missing.map((need) => need.debianPackage).join(' ')}`);
  }
  lines.push(`Or point ${missing.map((need) => need.envVar).join(' and ')} at ${missing.length === 1 ? 'a copy' : 'copies'} you already have. Then run npm test again.`);
  return lines.join('\n');
}

/** Whether `command` is a file in one of PATH's folders. */
export function onPath(command: string, env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && exists(join(dir, command)));
}

/** What this machine allows, asking sudo only when it could matter. */
export function probeMachine(env: NodeJS.ProcessEnv = process.env): Machine {
  const isRoot = process.getuid?.() === 0;
  const hasAptGet = process.platform === 'linux' && onPath('apt-get', env);
  const passwordlessSudo = hasAptGet && !isRoot && onPath('sudo', env) && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return { platform: process.platform, isRoot, hasAptGet, passwordlessSudo };
}
