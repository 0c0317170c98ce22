import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContentAt } from '../../../../src/build/content-check/check.ts';
import { layerEntries, readLayers, writeLayeredContent } from '../../../../src/build/content-check/layers.ts';
import { parseEntry } from '../../../../src/build/content-check/read.ts';
import { ROOT } from '../../../support/paths.ts';

const term = (layer: string, id: string, frontmatter: string, body = '') => parseEntry('glossary', id, `${layer}/glossary/${id}.md`, `---\n${frontmatter}\n---\n${body}`, 'md');
const base = [
  term('content', 'rag', 'title: RAG\nsummary: Retrieval first.\nrelated: [evals]', 'The handbook body.\n'),
  term('content', 'evals', 'title: Evals\nsummary: Measure it.'),
];
const data = (entry: { entry: { data: unknown } } | undefined) => entry?.entry.data as Record<string, unknown> | undefined;
const find = (layered: ReturnType<typeof layerEntries>, id: string) => layered.entries.find((e) => e.entry.id === id);

describe('layering company folders', () => {
  test('a new id adds an entry, an existing id is replaced whole, each copied from its own file', () => {
    const layered = layerEntries([base, [term('acme', 'gateway', 'title: Gateway\nsummary: Ours.'), term('acme', 'evals', 'title: Evals at Acme\nsummary: Our way.')]]);
    expect(layered.entries.map((e) => e.entry.id).sort()).toEqual(['evals', 'gateway', 'rag']);
    expect(data(find(layered, 'evals'))).toEqual({ title: 'Evals at Acme', summary: 'Our way.' });
    expect(find(layered, 'evals')!.copyOf).toBe('acme/glossary/evals.md');
    expect(find(layered, 'rag')!.copyOf).toBe('content/glossary/rag.md');
    expect(layered.problems).toEqual([]);
  });

  test('merge: true changes only the fields it gives and keeps the rest, body included; a body of its own replaces it', () => {
    const layered = layerEntries([base, [term('acme', 'rag', 'merge: true\nsummary: Acme retrieval.')]]);
    const rag = find(layered, 'rag')!;
    expect(rag.entry.data).toEqual({ title: 'RAG', summary: 'Acme retrieval.', related: ['evals'] });
    expect(rag.entry.body).toContain('The handbook body.');
    expect(rag.copyOf).toBeUndefined();
    // Each field names the file it came from, for messages.
    expect(rag.entry.fileOf!(['summary'])).toBe('acme/glossary/rag.md');
    expect(rag.entry.fileOf!(['related', 0])).toBe('content/glossary/rag.md');
    expect(rag.entry.fileOf!(['body'])).toBe('content/glossary/rag.md');
    expect(rag.entry.lineOf(['summary'])).toBe(3);
    expect(rag.entry.lineOf(['related'])).toBe(4);
    const own = find(layerEntries([base, [term('acme', 'rag', 'merge: true', 'Our body.\n')]]), 'rag')!;
    expect(own.entry.body.trim()).toBe('Our body.');
    expect(own.entry.fileOf!(['body'])).toBe('acme/glossary/rag.md');
  });

  test('hidden: true keeps the entry only as a draft, with no page, and records who hid it', () => {
    const layered = layerEntries([base, [term('acme', 'evals', 'hidden: true')]]);
    expect(data(find(layered, 'evals'))).toEqual({ title: 'Evals', summary: 'Measure it.', draft: true });
    expect(find(layered, 'evals')!.files).toEqual(['content/glossary/evals.md', 'acme/glossary/evals.md']);
    expect(layered.hidden).toEqual([{ collection: 'glossary', id: 'evals', file: 'acme/glossary/evals.md' }]);
    // Merging into it later brings it back as it was, with the merged fields.
    const back = layerEntries([base, [term('acme', 'evals', 'hidden: true')], [term('team', 'evals', 'merge: true\nsummary: Back again.')]]);
    expect(data(find(back, 'evals'))).toEqual({ title: 'Evals', summary: 'Back again.' });
    expect(back.hidden).toEqual([]);
  });

  test('layers apply in order, the later winning, and a later layer can bring back what an earlier one hid', () => {
    const layered = layerEntries([
      base,
      [term('acme', 'rag', 'merge: true\nsummary: Acme.\ntitle: RAG at Acme'), term('acme', 'evals', 'hidden: true')],
      [term('team', 'rag', 'merge: true\nsummary: Team.'), term('team', 'evals', 'title: Evals again\nsummary: Back.')],
    ]);
    expect(data(find(layered, 'rag'))).toMatchObject({ title: 'RAG at Acme', summary: 'Team.', related: ['evals'] });
    expect(data(find(layered, 'evals'))).toEqual({ title: 'Evals again', summary: 'Back.' });
    expect(layered.hidden).toEqual([]);
  });

  test('names the company file of a merge or hide with nothing below it, a layer key that is not true or false, and a layer key in the handbook itself', () => {
    const layered = layerEntries([
      [...base, term('content', 'odd', 'title: Odd\nsummary: x.\nmerge: true')],
      [term('acme', 'nothing', 'merge: true\nsummary: x.'), term('acme', 'ghost', 'hidden: true'), term('acme', 'rag', 'hidden: "yes"')],
    ]);
    expect(layered.problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message.slice(0, 40)}`)).toEqual([
      'content/glossary/odd.md:4 merge: only a company folder (HANDBOOK_OVERLAY,',
      'acme/glossary/nothing.md:2 merge: merges into glossary/nothing, but no lay',
      'acme/glossary/ghost.md:2 hidden: hides glossary/ghost, but no layer below',
      'acme/glossary/rag.md:2 hidden: must be true or false, not "yes"',
    ]);
    // A layer key that is neither true nor false leaves the entry below as it was.
    expect(find(layered, 'rag')!.copyOf).toBe('content/glossary/rag.md');
  });
});

describe('the example company folders on the handbook', () => {
  const acme = resolve(ROOT, 'tests/fixtures/overlays/acme');
  const platform = resolve(ROOT, 'tests/fixtures/overlays/acme-platform');
  const content = resolve(ROOT, 'content');

  test('pass every check, merged, replaced, added and hidden as written, the later folder winning', () => {
    const { entries, problems, notes, hidden } = checkContentAt(content, [acme, platform]);
    expect(problems).toEqual([]);
    // Each reference to the hidden prompt engineer is a note, in the file and at the line that holds it.
    expect(hidden).toEqual([{ collection: 'roles', id: 'prompt-engineer', file: relative(process.cwd(), join(acme, 'roles/prompt-engineer.mdx')) }]);
    expect(notes).toContain(`content/roles/ai-engineer.mdx:81 related[4]: role "prompt-engineer" is hidden by ${hidden[0]!.file}; shown as plain text, not a link`);
    expect(notes.some((n) => /^content\/hiring-stages\/growth-stage\.mdx:\d+ body: link "\/roles\/prompt-engineer\/": role "prompt-engineer" is hidden/.test(n))).toBe(true);
    expect(entries.find((e) => e.collection === 'roles' && e.id === 'prompt-engineer')!.data).toMatchObject({ draft: true });
    const handbook = checkContentAt(content).entries;
    const role = (list: typeof entries, id: string) => list.find((e) => e.collection === 'roles' && e.id === id)!.data as Record<string, unknown>;
    expect(role(entries, 'ai-engineer').summary).toMatch(/^At Acme's platform group/);
    expect(role(entries, 'ai-engineer').aliases).toEqual(['Applied AI Engineer', 'AI Developer']);
    for (const kept of ['responsibilities', 'levels', 'compensation', 'occupation']) expect(role(entries, 'ai-engineer')[kept], kept).toEqual(role(handbook, 'ai-engineer')[kept]);
    expect(entries.find((e) => e.collection === 'glossary' && e.id === 'model-gateway')!.data).toMatchObject({ aliases: ['LLM gateway'], related: ['model-routing', 'acme-gateway'] });
    expect(entries.some((e) => e.collection === 'glossary' && e.id === 'acme-gateway')).toBe(true);
    // New: a glossary term, a source and a role.
    expect(entries).toHaveLength(handbook.length + 3);
  });

  test('a role only a company folder adds may stay out of the hire orders and the role finder: each absence is a note on its own file, with the file that would change it', () => {
    const { problems, notes } = checkContentAt(content, [acme, platform]);
    expect(problems).toEqual([]);
    const file = relative(process.cwd(), join(acme, 'roles/ai-enablement-lead.mdx'));
    const folder = relative(process.cwd(), acme);
    expect(notes).toContain(`${file}:64 hiringStage: the company role is in no hire order, so the "growth-stage" page does not list it; to list it, write ${folder}/hiring-stages/growth-stage.mdx with merge: true and the whole hireOrder, this role in its place`);
    expect(notes).toContain(`${file}:2 title: no answer of the role finder recommends the company role, so the finder never suggests it; to change that, write ${folder}/finder/role-finder.yaml with merge: true and the whole questions list, the role in an answer's recommend`);
  });

  test('the gentler rule is for company roles alone: a handbook role and a company role that contradicts a hire order are still problems', () => {
    const bad = mkdtempSync(join(tmpdir(), 'acme-'));
    cpSync(acme, bad, { recursive: true });
    // The company role says growth-stage, but the company's own early-stage hire order lists it.
    const stage = readFileSync(join(content, 'hiring-stages/early-stage.mdx'), 'utf8');
    const hireOrder = /\nhireOrder:\n(?: {2}.*\n)+/.exec(stage)![0];
    mkdirSync(join(bad, 'hiring-stages'));
    writeFileSync(join(bad, 'hiring-stages/early-stage.mdx'), `---\nmerge: true${hireOrder}  - role: ai-enablement-lead\n    why: Gets the first teams onto the platform.\n---\n`);
    // The same role file, now in the handbook's own content: no longer a company role.
    const own = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(content, own, { recursive: true });
    cpSync(join(acme, 'roles/ai-enablement-lead.mdx'), join(own, 'roles/ai-enablement-lead.mdx'));
    cpSync(join(acme, 'sources'), join(own, 'sources'), { recursive: true });
    cpSync(join(acme, 'glossary/acme-gateway.md'), join(own, 'glossary/acme-gateway.md'));
    const contradicted = checkContentAt(content, [bad]).problems;
    expect(contradicted).toEqual([expect.stringMatching(/ai-enablement-lead\.mdx:64 hiringStage: says the role is first hired at "growth-stage", but the earliest hire order that lists it is "early-stage" \(.*acme-[^/]+\/hiring-stages\/early-stage\.mdx:\d+\)/)]);
    const inHandbook = checkContentAt(own).problems;
    expect(inHandbook).toEqual([
      expect.stringMatching(/^.*finder\/role-finder\.yaml:\d+ questions: no answer recommends the role "ai-enablement-lead"/),
      expect.stringMatching(/^.*roles\/ai-enablement-lead\.mdx:64 hiringStage: says the role is first hired at "growth-stage", but no hiring stage lists it/),
    ]);
  });

  test('an error in a company file is reported in that file, at its line', () => {
    const bad = mkdtempSync(join(tmpdir(), 'acme-'));
    cpSync(acme, bad, { recursive: true });
    const file = join(bad, 'roles/ai-engineer.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('merge: true\n', 'merge: true\nfamily: wizardry\n'));
    const { problems } = checkContentAt(content, [bad]);
    expect(problems[0]!.startsWith(`${relative(process.cwd(), file)}:3 family: is not one of the accepted values: "strategy"`), problems[0]).toBe(true);
  });

  test('the layered folder written for the loaders reads back as the same content', () => {
    const out = mkdtempSync(join(tmpdir(), 'layered-'));
    writeLayeredContent(out, readLayers(content, [acme, platform]));
    const again = checkContentAt(out);
    // Read alone, without the folders that hid it, the hidden role is a draft that others refer to.
    expect(again.problems.length).toBeGreaterThan(0);
    // Read alone, the company's own role is a role like any other, which must be in a hire order and the finder.
    for (const problem of again.problems) expect(problem).toMatch(/role "prompt-engineer" is a draft and is not published|link "\/roles\/prompt-engineer\/[^"]*": no page|"ai-enablement-lead"|ai-enablement-lead\.mdx:\d+ hiringStage/);
    const strip = (list: typeof again.entries) => list.map((e) => ({ collection: e.collection, id: e.id, data: e.data })).sort((a, b) => `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`));
    expect(strip(again.entries)).toEqual(strip(checkContentAt(content, [acme, platform]).entries));
    const merged = readFileSync(join(out, 'roles/ai-engineer.mdx'), 'utf8');
    expect(merged).toMatch(/^---\ntitle: AI Engineer\n/);
    expect(merged).toContain('lastReviewed: \'2026-');
    expect(merged).toContain('### How the title has shifted');
  });

  test('written again after an edit, the layered folder changes only where the edit did, and loses the files no entry makes', () => {
    const out = mkdtempSync(join(tmpdir(), 'layered-'));
    writeLayeredContent(out, readLayers(content, [acme]));
    const stray = join(out, 'roles/left-over.mdx');
    writeFileSync(stray, '---\ntitle: Left over\n---\n');
    // Both files dated 1970: the second folder merges into the AI engineer, so that file is written again, the other not.
    for (const f of ['roles/ml-engineer.mdx', 'roles/ai-engineer.mdx']) utimesSync(join(out, f), 1, 1);
    writeLayeredContent(out, readLayers(content, [acme, platform]));
    expect(statSync(join(out, 'roles/ml-engineer.mdx')).mtimeMs).toBe(1000);
    expect(statSync(join(out, 'roles/ai-engineer.mdx')).mtimeMs).not.toBe(1000);
    expect(readFileSync(join(out, 'roles/ai-engineer.mdx'), 'utf8')).toContain("summary: At Acme's platform group");
    expect(existsSync(stray)).toBe(false);
  });
});
