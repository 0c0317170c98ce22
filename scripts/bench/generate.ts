/**
 * Synthetic, schema-valid handbook content for the benchmark: N role pages of about 900 words
 * each (six `##` sections, bullet lists, one table, three links to other generated roles),
 * plus the few sources, terms, team models and hiring stages they refer to. The same seed
 * always gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seedable pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'model data team product system evaluation retrieval pipeline deploy monitor review design budget risk ' +
  'customer feature latency cost quality training inference prompt agent platform service infrastructure ' +
  'governance policy metric experiment dataset label feedback release owner roadmap stakeholder security ' +
  'privacy scale workflow integration interface document search index vector embedding context tool ' +
  'engineer analyst manager lead architect strategy operations research support process standard practice'
).split(' ');
const FAMILIES = ['strategy', 'engineering', 'operations', 'data', 'research', 'product', 'governance', 'leadership', 'design'];
const DEPTHS = ['low', 'low-medium', 'medium', 'medium-high', 'high'];
const STAGES = ['early-stage', 'growth-stage', 'enterprise'];
const MODELS = ['embedded', 'platform', 'hybrid'];
const LEVELS = ['mid', 'senior', 'staff'];
/** The stage a synthetic role is first hired at; its hire order lists it. */
const stageOf = (index: number) => STAGES[index % STAGES.length]!;
const TERMS = ['retrieval', 'evaluation', 'embeddings', 'drift', 'serving', 'governance'];
const SECTIONS = ['Context', 'In practice', 'Working with others', 'Growing in the role', 'Common pitfalls', 'Outlook'];

export interface Generated {
  root: string;
  roleIds: string[];
}

/** Writes the synthetic content under `root` and returns the role ids. */
export function generateContent(root: string, pages: number, seed = 1): Generated {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number) => {
    const text = words(n);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const pad = (i: number) => String(i).padStart(String(pages).length, '0');
  const roleIds = Array.from({ length: pages }, (_, i) => `synthetic-role-${pad(i + 1)}`);
  const dir = (name: string) => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    return path;
  };

  writeFileSync(join(dir('sources'), 'field-study.yaml'), 'title: Field study of AI teams\npublisher: Example Research\nyear: 2026\nkind: industry-report\n');
  writeFileSync(join(dir('sources'), 'pay-survey.yaml'), 'title: Pay survey of AI roles\npublisher: Example Research\nyear: 2026\nkind: survey\n');
  for (const term of TERMS) {
    writeFileSync(join(dir('glossary'), `${term}.md`), `---\ntitle: ${term[0]!.toUpperCase()}${term.slice(1)}\nsummary: ${sentence(12)}\n---\n${sentence(30)}\n`);
  }
  MODELS.forEach((model, i) => {
    writeFileSync(
      join(dir('team-models'), `${model}.mdx`),
      `---\ntitle: ${model[0]!.toUpperCase()}${model.slice(1)} model\nsummary: ${sentence(14)}\norder: ${i + 1}\nworksWhen: ${sentence(10)}\nsources: [field-study]\nlastReviewed: 2026-11-01\n---\n## How it works\n\n${sentence(60)}\n`,
    );
  });
  STAGES.forEach((stage, i) => {
    // Every role is in the hire order of the stage its page names, as the content check requires.
    const hires = roleIds.filter((_, r) => stageOf(r) === stage).map((id) => `  - role: ${id}\n    why: ${sentence(10)}`);
    writeFileSync(
      join(dir('hiring-stages'), `${stage}.mdx`),
      `---\ntitle: ${stage.replace('-stage', '')} stage\nsummary: ${sentence(14)}\norder: ${i + 1}\nhireOrder:\n${hires.join('\n')}\nsources: [field-study]\nlastReviewed: 2026-11-01\n---\n## Why this order\n\n${sentence(60)}\n`,
    );
  });

  const roles = dir('roles');
  roleIds.forEach((id, i) => {
    const others = [1, 2, 3].map((k) => roleIds[(i + k * 7) % pages]!).filter((other) => other !== id);
    const list = (n: number, len: number) => Array.from({ length: n }, () => `  - ${sentence(len)}`).join('\n');
    const frontmatter = [
      `title: Synthetic Role ${pad(i + 1)}`,
      `aliases: [Synthetic Alias ${pad(i + 1)}]`,
      `summary: ${sentence(18)}`,
      `family: ${pick(FAMILIES)}`,
      `focus: ${words(6)}`,
      `technicalDepth:\n  level: ${pick(DEPTHS)}`,
      `responsibilities:\n${list(5, 10)}`,
      `skills:\n${list(5, 6)}`,
      `signals:\n${list(3, 10)}`,
      `tools: [Python, SQL, Kubernetes]`,
      `doesNot:\n  - task: ${sentence(8)}\n    owner: ${others[0]}`,
      `confusedWith:\n  - role: ${others[1] ?? others[0]}\n    difference: ${sentence(12)}`,
      `related: [${[...new Set(others)].join(', ')}]`,
      `teamModels:\n  - model: ${pick(MODELS)}\n    placement: ${sentence(10)}`,
      `hiringStage: ${stageOf(i)}`,
      `compensation:\n  - region: United States\n    currency: USD\n    min: ${100000 + Math.floor(rand() * 50) * 1000}\n    max: ${200000 + Math.floor(rand() * 50) * 1000}\n    basis: base\n    source: pay-survey\n    asOf: 2026`,
      `levels:\n${LEVELS.map((level) => `  - id: ${level}\n    title: ${level} synthetic role ${pad(i + 1)}\n    scope: ${sentence(12)}\n    autonomy: ${sentence(10)}\n    impact: ${sentence(10)}\n    change: ${sentence(10)}\n    signals:\n${list(2, 8).replace(/^  /gm, '      ')}`).join('\n')}`,
      `occupationGap: ${sentence(8).replace(/\.$/, '')}`,
      `terms: [${TERMS[i % TERMS.length]}, ${TERMS[(i + 1) % TERMS.length]}]`,
      `sources: [field-study, pay-survey]`,
      `lastReviewed: 2026-11-01`,
    ].join('\n');
    const body = SECTIONS.map((section, s) => {
      const paragraphs = [sentence(45), sentence(40)];
      const bullets = Array.from({ length: 4 }, () => `- ${sentence(9)}`).join('\n');
      let extra = '';
      if (s === 1) {
        const rows = Array.from({ length: 4 }, () => `| ${words(2)} | ${words(4)} | ${words(3)} |`).join('\n');
        extra = `\n\n| Area | What it covers | Who owns it |\n| --- | --- | --- |\n${rows}`;
      }
      if (s < 3) extra += `\n\nSee also [${others[s % others.length]}](/roles/${others[s % others.length]}/).`;
      return `## ${section}\n\n${paragraphs[0]}\n\n${bullets}\n\n${paragraphs[1]}${extra}`;
    }).join('\n\n');
    writeFileSync(join(roles, `${id}.md`), `---\n${frontmatter}\n---\n${body}\n`);
  });
  return { root, roleIds };
}
