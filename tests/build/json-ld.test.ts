import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content-check/read.ts';
import { ROOT, SITE_DIR } from '../support/paths.ts';

const SITE = 'https://handbook.example.org/handbook/';
type Node = Record<string, unknown> & { '@type': string };

/** The schema.org blocks of a built page, parsed. */
function jsonLd(file: string): Node[] {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Node);
}
const page = (path: string) => jsonLd(join(SITE_DIR, path, 'index.html'));
const byType = (nodes: Node[], type: string) => nodes.find((n) => n['@type'] === type);

const content = readContent(resolve(ROOT, 'content')).filter((e) => (e.data as { draft?: boolean }).draft !== true);
const data = (collection: string, id: string) => content.find((e) => e.collection === collection && e.id === id)!.data as Record<string, never>;
const roles = content.filter((e) => e.collection === 'roles');

describe('schema.org data', () => {
  test('every built page has one BreadcrumbList that ends at the page itself', () => {
    const pages = readdirSync(SITE_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name === 'index.html');
    expect(pages.length).toBeGreaterThan(80);
    for (const file of pages) {
      const full = join(file.parentPath, file.name);
      const html = readFileSync(full, 'utf8');
      if (html.includes('http-equiv="refresh"')) continue; // a redirect page for an old address
      const crumbs = jsonLd(full).filter((n) => n['@type'] === 'BreadcrumbList');
      const path = relative(SITE_DIR, file.parentPath);
      expect(crumbs, path).toHaveLength(1);
      const items = crumbs[0]!.itemListElement as { position: number; name: string; item: string }[];
      expect(items[0]).toMatchObject({ position: 1, name: 'Home', item: SITE });
      expect(items.at(-1)!.item, path).toBe(`${SITE}${path ? `${path}/` : ''}`);
      items.forEach((item, i) => expect(item.position).toBe(i + 1));
      expect(new Set(items.map((i) => i.item)).size, path).toBe(items.length);
    }
  });

  test.each(roles.map((r) => r.id))('the %s page describes an Occupation with its names, skills, codes and every published figure', (id) => {
    const role = data('roles', id) as unknown as {
      title: string; aliases?: string[]; summary: string; skills: string[]; responsibilities: string[];
      compensation?: { currency: string; min: number; max: number; openEnded?: boolean; basis: string; region: string; source: string }[];
      occupation?: { id: string };
    };
    const occupation = byType(page(`roles/${id}`), 'Occupation')!;
    expect(occupation).toMatchObject({ '@context': 'https://schema.org', name: role.title, description: role.summary, url: `${SITE}roles/${id}/`, skills: role.skills, responsibilities: role.responsibilities });
    if (role.aliases?.length) expect(occupation.alternateName).toEqual(role.aliases);
    if (role.occupation) {
      const official = data('occupations', role.occupation.id) as unknown as { onet: { code: string }; isco: { code: string } };
      const codes = occupation.occupationalCategory as { '@type': string; codeValue: string; inCodeSet: { name: string } }[];
      expect(codes.map((c) => [c['@type'], c.inCodeSet.name, c.codeValue])).toEqual([
        ['CategoryCode', 'O*NET-SOC 2019', official.onet.code],
        ['CategoryCode', 'ISCO-08', official.isco.code],
      ]);
    }
    const pay = role.compensation ?? [];
    const salaries = (occupation.estimatedSalary ?? []) as { '@type': string; currency: string; duration: string; minValue?: number; maxValue?: number; median?: number; subjectOf: { name: string } }[];
    expect(salaries).toHaveLength(pay.length);
    pay.forEach((figure, i) => {
      const salary = salaries[i]!;
      expect(salary).toMatchObject({ '@type': 'MonetaryAmountDistribution', currency: figure.currency, duration: 'P1Y' });
      if (salary.median !== undefined) expect(salary.median).toBe(figure.min);
      else {
        expect(salary.minValue).toBe(figure.min);
        expect(salary.maxValue).toBe(figure.openEnded ? undefined : figure.max);
      }
      expect(salary.subjectOf.name).toBe((data('sources', figure.source) as unknown as { title: string }).title);
    });
    const regions = [...new Set(pay.map((p) => p.region).filter((r) => !/^Not stated/.test(r)))];
    if (regions.length) expect(occupation.occupationLocation).toEqual(regions.map((name) => ({ '@type': 'Country', name })));
    else expect(occupation).not.toHaveProperty('occupationLocation');
  });

  test('the home page describes the WebSite and its search', () => {
    expect(byType(page(''), 'WebSite')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'AI Roles Handbook',
      url: SITE,
      potentialAction: { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${SITE}search/?q={search_term_string}` }, 'query-input': 'required name=search_term_string' },
    });
  });

  test('a glossary term is a DefinedTerm in the glossary, which is a DefinedTermSet of every term', () => {
    const term = byType(page('glossary/rag'), 'DefinedTerm')!;
    expect(term).toMatchObject({ name: (data('glossary', 'rag') as unknown as { title: string }).title, url: `${SITE}glossary/rag/`, inDefinedTermSet: { '@type': 'DefinedTermSet', url: `${SITE}glossary/` } });
    const set = byType(page('glossary'), 'DefinedTermSet')!;
    expect((set.hasDefinedTerm as unknown[]).length).toBe(content.filter((e) => e.collection === 'glossary').length);
  });

  test('a learning path is a LearningResource with its steps and the roles it leads to', () => {
    const path = data('paths', 'devops-to-mlops-engineer') as unknown as { title: string; steps: { title: string }[]; targetRoles: string[] };
    const resource = byType(page('paths/devops-to-mlops-engineer'), 'LearningResource')!;
    expect(resource).toMatchObject({ name: path.title, url: `${SITE}paths/devops-to-mlops-engineer/` });
    expect((resource.hasPart as { name: string }[]).map((p) => p.name)).toEqual(path.steps.map((s) => s.title));
    expect(resource.about).toEqual(path.targetRoles.map((id) => ({ '@type': 'Occupation', name: (data('roles', id) as unknown as { title: string }).title, url: `${SITE}roles/${id}/` })));
  });

  test('no data block can end its element early', () => {
    for (const id of roles.map((r) => r.id)) {
      const html = readFileSync(join(SITE_DIR, 'roles', id, 'index.html'), 'utf8');
      for (const m of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) expect(m[1]).not.toContain('<');
    }
  });
});
