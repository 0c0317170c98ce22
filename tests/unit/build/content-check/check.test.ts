import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../../../src/build/content-check/read.ts';
import { checkContent, closest, formatProblem } from '../../../../src/build/content-check/check.ts';
import { REF_COLLECTIONS } from '../../../../src/markdown/mdx-components.ts';
import type { CollectionName } from '../../../../src/schemas/common.ts';

const source = (id: string) => parseEntry('sources', id, `content/sources/${id}.yaml`, 'title: A source\nyear: 2026\nkind: vendor-article\n', 'yaml');
const stage = parseEntry(
  'hiring-stages',
  'early-stage',
  'content/hiring-stages/early-stage.mdx',
  '---\ntitle: Early-stage\nsummary: The first hires of a company building its first product.\norder: 1\nhireOrder:\n  - role: builder\n    why: Builds it.\nsources: [notes]\nlastReviewed: 2026-11-01\n---\nBody.\n',
  'mdx',
);

const LEVELS = ['entry', 'mid', 'senior']
  .map((id) => `  - {id: ${id}, title: ${id} level, scope: A scope for the tests., autonomy: An autonomy for the tests., impact: An impact for the tests., change: A change for the tests., signals: [Signal]}\n`)
  .join('')
  .replace(/^/, 'levels:\n');

function role(id: string, extra = '', body = 'Body.\n', title = `Role ${id}`): ReturnType<typeof parseEntry> {
  const text = `---
title: ${title}
summary: A role used by the tests of the content check.
family: engineering
focus: Testing
technicalDepth:
  level: high
responsibilities: [Tests]
skills: [Testing]
signals: [Tests well]
hiringStage: early-stage
sources: [notes]
lastReviewed: 2026-11-01
${extra}${/^levels:/m.test(extra) ? '' : LEVELS}${/^occupation/m.test(extra) ? '' : 'occupationGap: None for a test role.\n'}---
${body}`;
  return parseEntry('roles', id, `content/roles/${id}.mdx`, text, 'mdx');
}

/** The test's roles, each listed in the stage's hire order as its first-hire stage requires. */
const hiring = (roles: ReturnType<typeof parseEntry>[]) =>
  roles.length === 0
    ? stage
    : parseEntry(
        'hiring-stages',
        'early-stage',
        'content/hiring-stages/early-stage.mdx',
        `---\ntitle: Early-stage\nsummary: The first hires of a company building its first product.\norder: 1\nhireOrder:\n${[...new Set(roles.map((r) => r.id))].map((id) => `  - role: ${id}\n    why: Hired first.\n`).join('')}sources: [notes]\nlastReviewed: 2026-11-01\n---\nBody.\n`,
        'mdx',
      );
const check = (...entries: ReturnType<typeof parseEntry>[]) =>
  checkContent([source('notes'), hiring(entries.filter((e) => e.collection === 'roles' && (e.data as { draft?: boolean } | undefined)?.draft !== true)), ...entries]).problems.map(formatProblem);

const problemsCollections = () => REF_COLLECTIONS.join(', ');

describe('content check', () => {
  test('a consistent set of entries has no problems', () => {
    expect(check(role('builder'), role('planner', 'related: [builder]\n'))).toEqual([]);
  });

  test('an unknown reference names the file, line, field, value, a guess and the valid choices', () => {
    expect(check(role('builder'), role('planner', 'related: [bulder]\n'))).toEqual([
      'content/roles/planner.mdx:14 related[0]: unknown role "bulder"; did you mean "builder"? valid values: builder, planner',
    ]);
  });

  test('references nested in lists of objects are checked', () => {
    const extra = 'doesNot:\n  - task: Plan\n    owner: nobody\nteamModels:\n  - model: hybrid\n    placement: Somewhere.\n';
    expect(check(role('builder', extra))).toEqual([
      'content/roles/builder.mdx:16 doesNot[0].owner: unknown role "nobody" valid values: builder',
      'content/roles/builder.mdx:18 teamModels[0].model: unknown team model "hybrid" there are no published team-models yet',
    ]);
  });

  test('a misspelled key points at its own line and suggests the right one', () => {
    const problems = check(role('builder', 'relatd: []\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/roles\/builder\.mdx:14 relatd: unknown field "relatd"; did you mean "related"\? Accepted fields: title, aliases, summary/);
  });

  test('a reference to a draft from a published page is refused', () => {
    expect(check(role('builder', 'related: [planner]\n'), role('planner', 'draft: true\n'))).toEqual([
      'content/roles/builder.mdx:14 related[0]: role "planner" is a draft and is not published; publish it or remove this reference',
    ]);
  });

  test('a role cannot relate to itself', () => {
    expect(check(role('builder', 'related: [builder]\n'))).toEqual(['content/roles/builder.mdx:14 related[0]: refers to the entry itself; name another role']);
  });

  test('two roles may not share a title or an alias', () => {
    const problems = check(role('builder', 'aliases: [Maker]\n'), role('maker', 'aliases: [Role builder]\n', 'Body.\n', 'Maker'));
    expect(problems).toEqual([
      'content/roles/maker.mdx:2 title: "Maker" is already used as aliases[0] of content/roles/builder.mdx; a title or alias must name one role',
      'content/roles/maker.mdx:14 aliases[0]: "Role builder" is already used as title of content/roles/builder.mdx; a title or alias must name one role',
    ]);
  });

  test('links in a body must lead to a page that will exist, with a trailing slash', () => {
    const body = 'See [a](/roles/planner/), [b](/roles/builder), [c](/glossary/#nothing) and [d](/roles/builder/#compensation).\n\n```md\n[ignored](/nowhere/)\n```\n';
    expect(check(role('builder', '', body))).toEqual([
      'content/roles/builder.mdx:20 body: link "/roles/planner/": no page at /roles/planner/',
      'content/roles/builder.mdx:20 body: link "/roles/builder": page links end with a slash: write "/roles/builder/"',
      'content/roles/builder.mdx:20 body: link "/glossary/#nothing": no glossary term "nothing" in content/glossary/',
    ]);
  });

  test('a body heading may not take the id of a section the role page generates', () => {
    expect(check(role('builder', '', 'Intro.\n\n## Compensation\n'))).toEqual([
      'content/roles/builder.mdx:22 body: heading "Compensation" would take the id "#compensation", which the role page already uses for its own section; choose another heading',
    ]);
  });

  test('YAML syntax errors and bad file names are reported with a line', () => {
    const broken = parseEntry('roles', 'Bad_Name', 'content/roles/Bad_Name.mdx', '---\ntitle: [unclosed\n---\n', 'mdx');
    const problems = checkContent([broken]).problems.map(formatProblem);
    expect(problems[0]).toMatch(/^content\/roles\/Bad_Name\.mdx:\d+: YAML syntax: /);
  });

  test('a missing frontmatter block is reported', () => {
    const bare = parseEntry('guides' as CollectionName, 'bare', 'content/guides/bare.mdx', '# Just a body\n', 'mdx');
    expect(checkContent([bare]).problems.map(formatProblem)).toEqual(['content/guides/bare.mdx:1: missing frontmatter: the file must start with a --- block of YAML fields']);
  });

  test('a role needs three levels, each a different step, lowest first', () => {
    const level = (id: string) => `  - {id: ${id}, title: ${id} level, scope: A scope for the tests., autonomy: An autonomy for the tests., impact: An impact for the tests., change: A change for the tests., signals: [Signal]}\n`;
    expect(check(role('builder', `levels:\n${level('mid')}${level('senior')}`))).toEqual([
      'content/roles/builder.mdx:14 levels: must list at least three levels, lowest first, such as mid, senior and staff',
    ]);
    expect(check(role('builder', `levels:\n${level('senior')}${level('mid')}${level('mid')}`))).toEqual([
      'content/roles/builder.mdx:16 levels[1].id: "mid" comes after "senior"; list levels lowest first, in ladder order: entry, mid, senior, staff, principal, lead, head, director, executive',
      'content/roles/builder.mdx:17 levels[2].id: "mid" is listed twice; each level is a different step of the ladder (entry, mid, senior, staff, principal, lead, head, director, executive)',
    ]);
  });

  test("a pay row's level must be one of the role's own levels", () => {
    const pay = 'compensation:\n  - {region: United States, currency: USD, min: 100000, max: 150000, basis: base, forLevel: staff, source: notes, asOf: 2026}\n';
    expect(check(role('builder', pay))).toEqual(['content/roles/builder.mdx:15 compensation[0].forLevel: "staff" is not one of this role\'s levels; use one of: entry, mid, senior']);
  });

  test('a role names its official occupation, or says why it cannot', () => {
    const problems = check(role('builder', 'occupation:\n  id: nowhere\n  onet: nearest\n  isco: close\n'));
    expect(problems).toEqual([
      'content/roles/builder.mdx:17 occupation.isco: is not one of the accepted values: "exact", "nearest"',
      'content/roles/builder.mdx:15 occupation.id: unknown occupation "nowhere" there are no published occupations yet',
    ].sort((a, b) => Number(/:(\d+)/.exec(a)![1]) - Number(/:(\d+)/.exec(b)![1])));
  });

  test('components in a body are checked: name, attributes, aside type, Ref target, Position source, Disagreement', () => {
    const body = [
      '<Asid type="note">Typo.</Asid>',
      '<Aside type="warning" colour="red">Wrong kind.</Aside>',
      '<Ref to="roles/plannr">a role</Ref> and <Ref to="people/someone">x</Ref> and <Ref>no target</Ref>',
      '<Position source="notes">Outside.</Position>',
      '<Disagreement topic="One side only">',
      '<Position source="nots">Misspelled.</Position>',
      '</Disagreement>',
      '`<Unknown>` in code is left alone.',
      '',
    ].join('\n');
    expect(check(role('planner'), role('builder', '', body))).toEqual([
      'content/roles/builder.mdx:20 body: unknown component <Asid>; did you mean <Aside>? Pages can use: <Aside>, <Disagreement>, <Position>, <Reading>, <Ref>',
      'content/roles/builder.mdx:21 body: <Aside> has no attribute "colour"; it takes: type, title',
      'content/roles/builder.mdx:21 body: <Aside type="warning"> is not a kind of aside; accepted: note, tip, caution',
      'content/roles/builder.mdx:22 body: <Ref to="roles/plannr">: no published role "plannr" in content/roles/; did you mean "roles/planner"?',
      'content/roles/builder.mdx:22 body: <Ref to="people/someone"> must name an entry as collection/id, such as roles/ai-engineer; collections: ' + problemsCollections(),
      'content/roles/builder.mdx:22 body: <Ref> needs the attribute "to"',
      "content/roles/builder.mdx:23 body: <Position> belongs inside a <Disagreement>, beside the other sources' positions",
      "content/roles/builder.mdx:24 body: <Disagreement> holds 1 <Position>; it sets two or more sources' positions side by side",
      'content/roles/builder.mdx:25 body: <Position source="nots">: no source "nots" in content/sources/; did you mean "notes"?',
    ]);
  });

  test('a component left open is reported where it opens', () => {
    expect(check(role('builder', '', 'Intro.\n\n<Aside type="tip">\nNever closed.\n'))).toEqual(['content/roles/builder.mdx:22 body: <Aside> is never closed; add </Aside>']);
  });

  test('closest finds a near spelling and ignores far ones', () => {
    expect(closest('ml-enginer', ['ml-engineer', 'ai-engineer'])).toBe('ml-engineer');
    expect(closest('zzz', ['ml-engineer'])).toBeUndefined();
  });
});
