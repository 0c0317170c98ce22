import type { APIRoute } from 'astro';
import { getEntries, getRoles } from '@/data/content.ts';
import { siteName } from '@/data/site.ts';
import { COLLECTIONS, type CollectionName } from '@/collections.ts';
import { groupByFamily } from '@/views/lists.ts';
import { EXPORTED_COLLECTIONS, llmsTxt, type LlmsLink } from '@/views/exports.ts';
import { entryPath, markdownTwinPath, withBase } from '@/routes.ts';

/** The handbook for language models and the tools built on them (llmstxt.org): every page, by kind, and every export. */
export const GET: APIRoute = async ({ site }) => {
  const at = (path: string) => new URL(withBase(path), site).href;
  /** A page's Markdown twin: what a language model reads best, with the page at the same address less `index.html.md`. */
  const page = (path: string) => at(markdownTwinPath(path));
  const links = async (collection: CollectionName): Promise<LlmsLink[]> =>
    (await getEntries(collection)).map((e) => {
      const data = e.data as { title: string; summary?: string };
      return { title: data.title, url: page(entryPath(collection, e.id)), ...(data.summary ? { note: data.summary } : {}) };
    });
  const roleSections = groupByFamily(await getRoles()).map((group) => ({
    title: `${group.label} roles`,
    links: group.roles.map((r) => ({ title: r.data.title, url: page(entryPath('roles', r.id)), note: r.data.summary })),
  }));
  const exports: LlmsLink[] = [
    { title: 'The whole handbook (Markdown)', url: at('/llms-full.txt'), note: 'Every page listed here, in this order, in one file.' },
    { title: 'All roles (JSON)', url: at('/api/roles.json'), note: 'Every role with its levels, pay figures and their sources, official occupation codes and references.' },
    { title: 'All roles (CSV)', url: at('/api/roles.csv'), note: 'One spreadsheet row a role.' },
    { title: 'Role schema', url: at('/schema/role.schema.json'), note: 'JSON Schema of a role.' },
    ...EXPORTED_COLLECTIONS.map((c) => ({ title: `${COLLECTIONS[c].label} (JSON)`, url: at(`/api/${c}.json`), note: `Every entry, with its JSON Schema at ${at(`/schema/${c}.schema.json`)}.` })),
  ];
  const body = llmsTxt({
    name: siteName,
    summary: 'What each AI role does and does not do, its levels and published pay with sources, which team shapes hold the roles, the order to hire them in, and how to grow into them.',
    details:
      'Each role page has the same sections at the same anchors (#overview, #day-to-day, #does-not-do, #skills-and-tools, #when-to-hire, #confused-with, #levels, #compensation, #strong-candidates, #sources), and each level its own (#level-senior). Every pay figure names its source, the kind of source and the period it speaks for; quote them with those. The links below are each page in Markdown; the page itself is at the same address without index.html.md.',
    sections: [
      ...roleSections,
      { title: 'Team models', links: await links('team-models') },
      { title: 'Hiring stages', links: await links('hiring-stages') },
      { title: 'Learning paths', links: await links('paths') },
      { title: 'Guides', links: await links('guides') },
      { title: 'Glossary', links: await links('glossary') },
      { title: 'Data exports', links: exports },
      { title: 'Optional', links: [{ title: 'Sources', url: page(COLLECTIONS.sources.path), note: 'Every publication the handbook cites, with its kind.' }, { title: 'Official occupations', url: page(COLLECTIONS.occupations.path), note: 'O*NET-SOC and ISCO-08 codes and official median pay.' }] },
    ],
  });
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
