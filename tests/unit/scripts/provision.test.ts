import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findNeeds, onPath, planSetup, type Machine, type Need } from '../../../scripts/lib/provision.ts';
import { ROOT } from '../../support/paths.ts';

const debianRoot: Machine = { platform: 'linux', isRoot: true, hasAptGet: true, passwordlessSudo: false };
const need = (name: 'Chromium' | 'nginx', path: string | null, badSetting?: string): Need => ({
  name,
  envVar: name === 'Chromium' ? 'CHROMIUM_PATH' : 'NGINX_PATH',
  debianPackage: name === 'Chromium' ? 'chromium' : 'nginx',
  brew: name === 'Chromium' ? 'brew install --cask chromium' : 'brew install nginx',
  path,
  ...(badSetting ? { badSetting } : {}),
});
const stopMessage = (plan: ReturnType<typeof planSetup>) => {
  if (plan.kind !== 'stop') throw new Error(`expected the plan to stop, not ${plan.kind}`);
  return plan.message;
};

describe('test setup', () => {
  test('finds each program where the browser tests look, the variable first', () => {
    const at = new Set(['/usr/bin/chromium', '/opt/nginx']);
    const needs = findNeeds({ NGINX_PATH: '/opt/nginx' }, (p) => at.has(p));
    expect(needs.map((n) => [n.name, n.path])).toEqual([
      ['Chromium', '/usr/bin/chromium'],
      ['nginx', '/opt/nginx'],
    ]);
    const none = findNeeds({ CHROMIUM_PATH: '/no/chrome' }, () => false);
    expect(none.map((n) => n.path)).toEqual([null, null]);
    expect(none[0]!.badSetting).toBe('CHROMIUM_PATH is set to /no/chrome, but there is no file there');
    expect(none[1]!.badSetting).toBeUndefined();
  });

  test('does nothing when both programs are there', () => {
    expect(planSetup([need('Chromium', '/usr/bin/chromium'), need('nginx', '/usr/sbin/nginx')], debianRoot)).toEqual({ kind: 'ready' });
  });

  test('as root on Debian, installs only the missing packages with apt-get, without sudo', () => {
    expect(planSetup([need('Chromium', null), need('nginx', '/usr/sbin/nginx')], debianRoot)).toEqual({
      kind: 'install',
      packages: ['chromium'],
      commands: [
        ['apt-get', 'update', '-qq'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
  });

  test('with sudo that asks no password, installs both through sudo -n', () => {
    const plan = planSetup([need('Chromium', null), need('nginx', null)], { ...debianRoot, isRoot: false, passwordlessSudo: true });
    expect(plan).toMatchObject({ kind: 'install', packages: ['chromium', 'nginx'] });
    if (plan.kind !== 'install') return;
    for (const command of plan.commands) expect(command.slice(0, 2)).toEqual(['sudo', '-n']);
  });

  test('without root or password-free sudo, stops with one message naming each missing program and its install command', () => {
    const message = stopMessage(planSetup([need('Chromium', null), need('nginx', null)], { ...debianRoot, isRoot: false }));
    expect(message).toMatch(/^the browser tests need Chromium and nginx, and neither was found; npm test cannot install them/);
    expect(message).toContain('needs root, or sudo without a password');
    expect(message).toMatch(/^ {2}Chromium {2}sudo apt-get install -y chromium$/m);
    expect(message).toMatch(/^ {2}nginx {5}sudo apt-get install -y nginx$/m);
    expect(message).toContain('sudo apt-get update && sudo apt-get install -y chromium nginx');
    expect(message).toContain('CHROMIUM_PATH and NGINX_PATH');
  });

  test('on macOS, names the Homebrew commands and installs nothing', () => {
    const message = stopMessage(planSetup([need('nginx', null)], { platform: 'darwin', isRoot: false, hasAptGet: false, passwordlessSudo: false }));
    expect(message).toMatch(/^the browser tests need nginx, and it was not found; npm test cannot install it/);
    expect(message).toMatch(/^ {2}nginx {2}brew install nginx$/m);
    expect(message).not.toContain('apt-get');
  });

  test('elsewhere, says to install the program and point its variable at it', () => {
    const message = stopMessage(planSetup([need('Chromium', null)], { platform: 'win32', isRoot: false, hasAptGet: false, passwordlessSudo: false }));
    expect(message).toContain('no apt-get');
    expect(message).toContain('install Chromium, then set CHROMIUM_PATH to its path');
  });

  test('never installs over a variable that points at a missing file, even as root', () => {
    const message = stopMessage(planSetup([need('Chromium', null, 'CHROMIUM_PATH is set to /x, but there is no file there'), need('nginx', null)], debianRoot));
    expect(message).toContain('a setting points at a file that is not there');
    expect(message).toMatch(/^ {2}Chromium {2}CHROMIUM_PATH is set to \/x, but there is no file there$/m);
  });

  test('looks for a command in each folder of PATH', () => {
    expect(onPath('apt-get', { PATH: ['/bin', '/usr/bin'].join(':') }, (p) => p === '/usr/bin/apt-get')).toBe(true);
    expect(onPath('apt-get', { PATH: '/bin' }, (p) => p === '/usr/bin/apt-get')).toBe(false);
    expect(onPath('apt-get', {}, () => true)).toBe(false);
  });

  test('the command stops at once, before any install, when a variable points nowhere', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/provision.ts')], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/no/such/chromium', NGINX_PATH: '/no/such/nginx' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^test setup: the browser tests need Chromium and nginx/);
    expect(run.stderr).toContain('CHROMIUM_PATH is set to /no/such/chromium');
    expect(run.stderr).toContain('NGINX_PATH is set to /no/such/nginx');
    // Nothing was attempted: no word of installing, no apt-get command.
    expect(run.stderr).not.toContain('apt-get');
  });
});
