/**
 * `/search/vocabulary.json`: the words search corrects typos towards (src/views/search-vocabulary.ts),
 * fetched by the search code when search is first opened. Not a public export: its shape may change.
 */
import type { APIRoute } from 'astro';
import { getGlossary, getPaths, getRoles } from '@/data/content.ts';
import { searchVocabulary } from '@/views/search-vocabulary.ts';

export const GET: APIRoute = async () => {
  const [roles, glossary, paths] = await Promise.all([getRoles(), getGlossary(), getPaths()]);
  const names = [
    ...roles.flatMap((r) => [r.data.title, ...r.data.aliases]),
    ...glossary.flatMap((g) => [g.data.title, ...g.data.aliases]),
    ...paths.map((p) => p.data.title),
  ];
  return new Response(JSON.stringify(searchVocabulary(names)), { headers: { 'Content-Type': 'application/json' } });
};
