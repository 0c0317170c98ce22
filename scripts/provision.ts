/**
 * `node scripts/provision.ts`, the first step of `npm test`: makes sure the Chromium and nginx
 * the browser tests need are on this machine, installing Debian's packages when it may, and
 * otherwise stops at once with what to install (see scripts/lib/provision.ts). Exits 1 when
 * either is still missing.
 */
import { spawnSync } from 'node:child_process';
import { findNeeds, planSetup, probeMachine, type Need } from './lib/provision.ts';

const found = (needs: Need[]) => needs.map((need) => `${need.name} ${need.path}`).join(', ');

const needs = findNeeds();
const plan = planSetup(needs, probeMachine());
if (plan.kind === 'stop') {
  console.error(`test setup: ${plan.message}`);
  process.exit(1);
}
if (plan.kind === 'install') {
  console.log(`test setup: the browser tests need Debian's ${plan.packages.join(' and ')}; installing with apt-get`);
  for (const command of plan.commands) {
    // apt-get prints a line for every package it sets up: shown only on failure.
    const run = spawnSync(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) {
      const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
      console.error(`${output}\ntest setup: \`${command.join(' ')}\` failed (${run.error?.message ?? `exit ${run.status}`}). Install ${plan.packages.join(' and ')} yourself, then run npm test again.`);
      process.exit(1);
    }
  }
  const after = findNeeds();
  const still = after.filter((need) => need.path === null);
  if (still.length) {
    console.error(`test setup: apt-get installed ${plan.packages.join(' and ')}, but ${still.map((need) => need.name).join(' and ')} is still not where the tests look. Point ${still.map((need) => need.envVar).join(' and ')} at it.`);
    process.exit(1);
  }
  console.log(`test setup: installed; ${found(after)}`);
} else {
  console.log(`test setup: ${found(needs)}`);
}
