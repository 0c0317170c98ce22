/**
 * Hands each page Astro prerenders to the search indexer of the build in progress (see
 * `search-index.ts`), then passes the page on unchanged. Outside a build there is no indexer and
 * this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageSink } from './search-index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const sink = pageSink();
  if (!sink || !context.isPrerendered) return next();
  const place = sink.reserve();
  let page: { pathname: string; html: string } | undefined;
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    const html = await response.text();
    const base = import.meta.env.BASE_URL.replace(/\/$/, '');
    const { pathname } = context.url;
    page = { pathname: pathname.startsWith(base) ? pathname.slice(base.length) : pathname, html };
    return new Response(html, response);
  } finally {
    // Every place is settled, page or not, so the pages after it are not held back.
    sink.settle(place, page);
  }
});
