import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContentAt } from '../../../../src/build/content-check/check.ts';
import { parseDuration } from '../../../../src/build/content-check/consistency.ts';
import { ROOT } from '../../../support/paths.ts';

/**
 * Each test copies the handbook's own content, brings back one contradiction between two of its
 * pages, and expects the content check (which the build runs first) to name it.
 */
let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function contentWith(file: string, change: (text: string) => string): string[] {
  root = mkdtempSync(join(tmpdir(), 'handbook-consistency-'));
  cpSync(resolve(ROOT, 'content'), root, { recursive: true });
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the test's change to ${file} must apply`).not.toBe(before);
  writeFileSync(path, after);
  // File names come relative to the working directory; keep only the part inside the copy.
  return checkContentAt(root).problems.map((p) => p.replace(/[^\s(]*handbook-consistency-[^/]+\//g, ''));
}

describe('contradictions between pages fail the content check', () => {
  test("the handbook's own content has none", () => {
    expect(checkContentAt(resolve(ROOT, 'content')).problems).toEqual([]);
  });

  test("a role's first-hire stage must be the earliest stage whose hire order lists it", () => {
    const problems = contentWith('roles/ai-strategist.mdx', (t) => t.replace(/^hiringStage: early-stage$/m, 'hiringStage: growth-stage'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^roles\/ai-strategist\.mdx:\d+ hiringStage: says the role is first hired at "growth-stage", but the earliest hire order that lists it is "early-stage" \(hiring-stages\/early-stage\.mdx:\d+\); make the two agree$/,
    );
  });

  test('a role no hire order lists is reported on its hiringStage', () => {
    const problems = contentWith('hiring-stages/early-stage.mdx', (t) => t.replace(/  - role: ai-consultant\n    why: .*\n/, ''));
    expect(problems).toEqual([expect.stringMatching(/^roles\/ai-consultant\.mdx:\d+ hiringStage: says the role is first hired at "early-stage", but no hiring stage lists it in its hireOrder; add it to the hireOrder of /)]);
  });

  test("a path's stated length must match its steps", () => {
    const problems = contentWith('paths/devops-to-mlops-engineer.mdx', (t) => t.replace(/^duration: 4 to 5 months$/m, 'duration: 3 to 5 months'));
    expect(problems).toEqual([
      'paths/devops-to-mlops-engineer.mdx:8 duration: says "3 to 5 months", but its steps add up to 17 to 20 weeks (about 4 to 5 months); change the total or the steps\' durations so they agree',
    ]);
  });

  test('a step length the check cannot read is refused, with the forms it accepts', () => {
    const problems = contentWith('paths/devops-to-mlops-engineer.mdx', (t) => t.replace(/    duration: 4 weeks/, '    duration: a month or so'));
    expect(problems).toEqual([expect.stringMatching(/^paths\/devops-to-mlops-engineer\.mdx:\d+ steps\[2\]\.duration: "a month or so" is not a length the check can add up; write it as "4 weeks", /)]);
  });

  test('every role must be reachable from the role finder', () => {
    const problems = contentWith('finder/role-finder.yaml', (t) => t.replace(/      - label: Consistency;[^\n]*\n        recommend:\n          - role: prompt-engineer\n/, '      - label: Consistency; prompts drift\n        recommend:\n          - role: ai-engineer\n'));
    expect(problems).toEqual([
      'finder/role-finder.yaml:10 questions: no answer recommends the role "prompt-engineer" (roles/prompt-engineer.mdx), so a reader can never reach it; add it to the recommend list of an answer that fits it',
    ]);
  });

  test("a role's team-model group must match where the model page lists it", () => {
    const problems = contentWith('team-models/hybrid.mdx', (t) =>
      t.replace(/(- \*\*In the product teams:\*\* )/, '$1[prompt engineers](/roles/prompt-engineer/) maintaining prompt libraries; '),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^team-models\/hybrid\.mdx:\d+ body: lists the role "prompt-engineer" under "In the product teams", but roles\/prompt-engineer\.mdx:\d+ places it in "In the platform team"; make the two agree$/),
    ]);
  });

  test('a group a team model does not name is refused, with the groups it has', () => {
    const problems = contentWith('roles/prompt-engineer.mdx', (t) => t.replace('group: platform-team', 'group: platform'));
    expect(problems).toEqual([expect.stringMatching(/^roles\/prompt-engineer\.mdx:\d+ teamModels\[2\]\.group: "platform" is not a group of the hybrid model; accepted: platform-team, product-teams, either, across$/)]);
  });

  test('team sizes may not leave a number of AI engineers no model covers', () => {
    const problems = contentWith('team-models/embedded.mdx', (t) => t.replace(/^order: /m, 'teamSize:\n  max: 3\n  source: callsphere-rise-of-ai-engineer-2026\norder: '));
    expect(problems).toEqual([
      expect.stringMatching(/^team-models\/hybrid\.mdx:7 teamSize\.min: starts at 6 AI engineers, but team-models\/embedded\.mdx stops at 3; no team model covers 4 to 5, so the planner has nothing to suggest for that size\. Widen one of the two ranges$/),
    ]);
  });
});

describe('parseDuration', () => {
  test('reads single lengths, ranges and approximations in weeks and months', () => {
    expect(parseDuration('4 weeks')).toEqual({ min: 4, max: 4, unit: 'week' });
    expect(parseDuration('3 to 4 weeks')).toEqual({ min: 3, max: 4, unit: 'week' });
    expect(parseDuration('3–6 months')).toEqual({ min: 3, max: 6, unit: 'month' });
    expect(parseDuration('about 1 month')).toEqual({ min: 1, max: 1, unit: 'month' });
  });

  test('refuses words, reversed ranges and other units', () => {
    expect(parseDuration('a few weeks')).toBeUndefined();
    expect(parseDuration('6 to 3 months')).toBeUndefined();
    expect(parseDuration('2 years')).toBeUndefined();
  });
});
