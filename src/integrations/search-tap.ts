/**
 * Hands each page Astro prerenders to the search indexer of the build in progress (see
 * `search-index.ts`), then passes the page on unchanged. Outside a build there is no indexer and
 * this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageSink } from './search-index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = pageSink();
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const { pathname } = context.url;
  sink.add(pathname.startsWith(base) ? pathname.slice(base.length) : pathname, html);
  return new Response(html, response);
});
